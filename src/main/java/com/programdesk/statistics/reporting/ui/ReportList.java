package com.programdesk.statistics.reporting.ui;

import com.programdesk.base.ui.DateFormats;
import com.programdesk.base.ui.LocalizedDatePicker;
import com.programdesk.institution.domain.InstitutionSummary;
import com.programdesk.institution.service.InstitutionService;
import com.programdesk.statistics.catalog.domain.ReportForm;
import com.programdesk.statistics.catalog.service.StatisticsCatalog;
import com.programdesk.statistics.reporting.domain.ReportFilter;
import com.programdesk.statistics.reporting.domain.ReportStatus;
import com.programdesk.statistics.reporting.domain.ReportSummary;
import com.programdesk.statistics.reporting.service.ReportService;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The bureau's list of all reports, paged from the database: filtered by form, institution, state
 * and period range; reports waiting for review are shown first (the "待审核" preset). A click opens
 * the report.
 */
class ReportList extends Div {

    final ComboBox<ReportForm> form = new ComboBox<>();
    final ComboBox<InstitutionSummary> institution = new ComboBox<>();
    final ComboBox<ReportStatus> status = new ComboBox<>();
    final LocalizedDatePicker from = new LocalizedDatePicker();
    final LocalizedDatePicker to = new LocalizedDatePicker();
    final Grid<ReportSummary> grid = new Grid<>(ReportSummary.class, false);
    private final ReportService reports;

    ReportList(ReportService reports, StatisticsCatalog catalog, InstitutionService institutions, Clock clock) {
        this.reports = reports;
        addClassName("tab-panel");
        setSizeFull();
        LocalDate today = LocalDate.now(clock);
        form.setItems(catalog.forms());
        form.setItemLabelGenerator(f -> f.name(getLocale()));
        institution.setItems(q -> institutions.lookupAll(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        institution.setItemLabelGenerator(InstitutionSummary::label);
        status.setItems(ReportStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        status.setValue(ReportStatus.SUBMITTED);
        filter(form, "report.filter.form");
        filter(institution, "report.filter.institution");
        filter(status, "report.filter.status");
        filter(from, "report.filter.from");
        filter(to, "report.filter.to");
        form.setClearButtonVisible(true);
        institution.setClearButtonVisible(true);
        status.setClearButtonVisible(true);
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);

        grid.addColumn(r -> r.formName(getLocale())).setHeader(getTranslation("report.column.form")).setFlexGrow(3)
                .setTooltipGenerator(r -> r.formName(getLocale()));
        grid.addColumn(ReportSummary::institutionName).setHeader(getTranslation("report.column.institution")).setFlexGrow(3);
        grid.addColumn(r -> PeriodLabels.of(this, r.frequency(), r.periodStart())).setHeader(getTranslation("report.column.period"))
                .setFlexGrow(1);
        grid.addColumn(LitRenderer.<ReportSummary>of("<span theme=\"${item.theme}\">${item.label}</span>"
                                + " <span theme=\"badge error small\" ?hidden=${!item.returned}>${item.returnedLabel}</span>")
                        .withProperty("theme", r -> ReportBadges.statusTheme(r.status()))
                        .withProperty("label", r -> ReportBadges.statusLabel(this, r.status(), r.approvedLevel()))
                        .withProperty("returned", r -> r.returnCount() > 0)
                        .withProperty("returnedLabel", r -> getTranslation("report.returnedTimes", r.returnCount())))
                .setHeader(getTranslation("report.column.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(LitRenderer.<ReportSummary>of("<span>${item.due}</span> <span theme=\"badge error small\" ?hidden=${!item.late}>${item.lateLabel}</span>")
                        .withProperty("due", r -> DateFormats.date(r.dueDate(), getLocale()))
                        .withProperty("late", r -> r.isLate(today))
                        .withProperty("lateLabel", r -> getTranslation("report.late")))
                .setHeader(getTranslation("report.column.dueDate")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> DateFormats.dateTimeToMinute(r.submittedAt(), getLocale())).setHeader(getTranslation("report.column.submittedAt"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("reports/" + e.getItem().id())));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("grid.empty"));
        grid.setSizeFull();
        Div filters = new Div(form, institution, status, from, to);
        filters.addClassName("view-toolbar");
        add(filters, grid);
        refresh();
    }

    private void filter(ComboBox<?> box, String key) {
        box.setPlaceholder(getTranslation(key));
        box.setAriaLabel(getTranslation(key));
        box.addValueChangeListener(e -> refresh());
    }

    private void filter(LocalizedDatePicker picker, String key) {
        picker.setPlaceholder(getTranslation(key));
        picker.setAriaLabel(getTranslation(key));
        picker.addValueChangeListener(e -> refresh());
    }

    ReportFilter currentFilter() {
        return new ReportFilter(form.getValue() == null ? null : form.getValue().id(),
                institution.getValue() == null ? null : institution.getValue().id(), status.getValue(), from.getValue(), to.getValue());
    }

    void refresh() {
        ReportFilter filter = currentFilter();
        grid.setItems(q -> reports.search(filter, q.getOffset(), q.getLimit()).stream(), q -> reports.count(filter));
    }
}
