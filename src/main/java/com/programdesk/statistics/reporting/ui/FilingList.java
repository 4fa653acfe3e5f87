package com.programdesk.statistics.reporting.ui;

import com.programdesk.base.ui.DateFormats;
import com.programdesk.statistics.catalog.domain.ReportForm;
import com.programdesk.statistics.reporting.domain.FilingSlot;
import com.programdesk.statistics.reporting.domain.FormFilings;
import com.programdesk.statistics.reporting.service.FilingService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The forms an institution files, each with its recent periods (a year of months, four quarters,
 * two years, and the current period), overdue and returned ones first: state, due date and "逾期" when
 * the due day passed without a submission. A click opens the period's report; any other period of
 * any form is chosen below the lists.
 */
class FilingList extends Div {

    final List<Grid<FilingSlot>> grids = new ArrayList<>();
    /** Any other period of any form; null when the institution files no form. */
    final OtherPeriod otherPeriod;

    FilingList(FilingService filings, Clock clock) {
        addClassName("filing-list");
        LocalDate today = LocalDate.now(clock);
        List<FormFilings> forms = filings.recent();
        add(new Paragraph(getTranslation(forms.isEmpty() ? "report.mine.none" : "report.mine.explain")));
        for (FormFilings form : forms) {
            H3 title = new H3(form.form().name(getLocale()));
            Span schedule = new Span(getTranslation("report.form.schedule", getTranslation(form.form().frequency().messageKey()),
                    form.form().dueDay()));
            schedule.addClassName("secondary");
            Div heading = new Div(title, schedule);
            heading.addClassName("view-toolbar");
            Grid<FilingSlot> grid = grid(form.form(), today, form.slots().stream().map(FilingSlot::institutionId).distinct().count() > 1);
            grid.setItems(form.slots());
            grids.add(grid);
            add(heading, grid);
        }
        otherPeriod = forms.isEmpty() ? null : new OtherPeriod(forms, today);
        if (otherPeriod != null) {
            H3 title = new H3(getTranslation("report.other.title"));
            add(title, otherPeriod);
        }
    }

    private Grid<FilingSlot> grid(ReportForm form, LocalDate today, boolean severalInstitutions) {
        Grid<FilingSlot> grid = new Grid<>(FilingSlot.class, false);
        grid.addColumn(LitRenderer.<FilingSlot>of("<span>${item.period}</span> <span theme=\"badge small\" ?hidden=${!item.current}>${item.currentLabel}</span>")
                        .withProperty("period", s -> PeriodLabels.of(this, form.frequency(), s.periodStart()))
                        .withProperty("current", s -> !s.isOpenForSubmission(today))
                        .withProperty("currentLabel", s -> getTranslation("report.current")))
                .setHeader(getTranslation("report.column.period")).setFlexGrow(2);
        if (severalInstitutions) {
            grid.addColumn(FilingSlot::institutionName).setHeader(getTranslation("report.column.institution")).setFlexGrow(3);
        }
        grid.addColumn(LitRenderer.<FilingSlot>of("<span theme=\"${item.theme}\">${item.label}</span>"
                                + " <span theme=\"badge error small\" ?hidden=${!item.returned}>${item.returnedLabel}</span>")
                        .withProperty("theme", s -> ReportBadges.statusTheme(s.status()))
                        .withProperty("label", s -> getTranslation(ReportBadges.statusKey(s.status())))
                        .withProperty("returned", s -> s.returnCount() > 0 && !s.isReceived())
                        .withProperty("returnedLabel", s -> getTranslation("report.returnedTimes", s.returnCount())))
                .setHeader(getTranslation("report.column.status")).setFlexGrow(2);
        grid.addColumn(LitRenderer.<FilingSlot>of("<span>${item.due}</span> <span theme=\"badge error small\" ?hidden=${!item.late}>${item.lateLabel}</span>")
                        .withProperty("due", s -> DateFormats.date(s.dueDate(), getLocale()))
                        .withProperty("late", s -> s.isLate(today))
                        .withProperty("lateLabel", s -> getTranslation("report.late")))
                .setHeader(getTranslation("report.column.dueDate")).setFlexGrow(2);
        // the grid fires no item click for a click on a button in a cell, so the button opens the report itself
        grid.addColumn(LitRenderer.<FilingSlot>of("<vaadin-button theme=\"small ${item.theme}\""
                                + " @click=${e => { e.stopPropagation(); open(); }}>${item.action}</vaadin-button>")
                        .withProperty("theme", s -> s.isReceived() ? "tertiary" : "primary")
                        .withProperty("action", s -> getTranslation(s.isReceived() ? "report.action.open" : "report.action.fill"))
                        .withFunction("open", s -> getUI().ifPresent(ui -> ui.navigate(route(form, s)))))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(route(form, e.getItem()))));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        return grid;
    }

    static String route(ReportForm form, FilingSlot slot) {
        return slot.reportId() != null ? "reports/" + slot.reportId()
                : "reports/" + form.id() + "/" + slot.institutionId() + "/" + form.frequency().label(slot.periodStart());
    }
}
