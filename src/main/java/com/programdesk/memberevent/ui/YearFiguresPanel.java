package com.programdesk.memberevent.ui;

import com.programdesk.memberevent.domain.BranchYearFigures;
import com.programdesk.memberevent.domain.MemberEventType;
import com.programdesk.memberevent.service.MemberEventService;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.function.ValueProvider;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.ToIntFunction;

/** A year's events per branch: how many, who took part, and how many of each type, with the association's totals. */
class YearFiguresPanel extends Div {

    final Select<Integer> year = new Select<>();
    final Grid<BranchYearFigures> grid = new Grid<>(BranchYearFigures.class, false);
    private final MemberEventService events;
    private final FooterRow totals;

    YearFiguresPanel(MemberEventService events, Clock clock) {
        this.events = events;
        addClassName("member-event-figures");
        setSizeFull();
        year.setLabel(getTranslation("memberEvent.field.year"));
        year.setItems(Years.recent(clock));
        year.setItemLabelGenerator(String::valueOf);
        year.setValue(LocalDate.now(clock).getYear());
        grid.addColumn(BranchYearFigures::branchName).setHeader(getTranslation("memberEvent.field.branch")).setAutoWidth(true)
                .setFlexGrow(1).setKey("branch");
        number("events", "memberEvent.field.events", BranchYearFigures::events);
        number("members", "memberEvent.field.members", BranchYearFigures::members);
        number("others", "memberEvent.field.others", BranchYearFigures::others);
        number("memberDays", MemberEventType.MEMBER_DAY.messageKey(), BranchYearFigures::memberDays);
        number("trainings", MemberEventType.TRAINING.messageKey(), BranchYearFigures::trainings);
        number("homeVisits", MemberEventType.HOME_VISIT.messageKey(), BranchYearFigures::homeVisits);
        number("campaigns", MemberEventType.CAMPAIGN.messageKey(), BranchYearFigures::campaigns);
        number("otherEvents", MemberEventType.OTHER.messageKey(), BranchYearFigures::otherEvents);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COLUMN_BORDERS);
        grid.setAllRowsVisible(true);
        totals = grid.appendFooterRow();
        year.addValueChangeListener(e -> refresh());
        Div filters = new Div(year);
        filters.addClassName("view-toolbar");
        add(filters, grid);
        refresh();
    }

    void refresh() {
        List<BranchYearFigures> figures = events.yearFigures(year.getValue());
        grid.setItems(figures);
        totals.getCell(grid.getColumnByKey("branch")).setText(getTranslation("memberEvent.total"));
        total(figures, "events", BranchYearFigures::events);
        total(figures, "members", BranchYearFigures::members);
        total(figures, "others", BranchYearFigures::others);
        total(figures, "memberDays", BranchYearFigures::memberDays);
        total(figures, "trainings", BranchYearFigures::trainings);
        total(figures, "homeVisits", BranchYearFigures::homeVisits);
        total(figures, "campaigns", BranchYearFigures::campaigns);
        total(figures, "otherEvents", BranchYearFigures::otherEvents);
    }

    private void number(String key, String headerKey, ValueProvider<BranchYearFigures, Integer> value) {
        grid.addColumn(value).setHeader(getTranslation(headerKey)).setKey(key).setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
    }

    private void total(List<BranchYearFigures> figures, String key, ToIntFunction<BranchYearFigures> value) {
        totals.getCell(grid.getColumnByKey(key)).setText(String.valueOf(figures.stream().mapToInt(value).sum()));
    }
}
