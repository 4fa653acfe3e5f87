package com.programdesk.memberevent.ui;

import com.programdesk.base.ui.DateFormats;
import com.programdesk.institution.domain.InstitutionSummary;
import com.programdesk.memberevent.domain.MemberEventFilter;
import com.programdesk.memberevent.domain.MemberEventRow;
import com.programdesk.memberevent.service.MemberEventService;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.LongConsumer;

/** The events, newest first, filtered by year and branch; read one page at a time. */
class MemberEventList extends Div {

    final ComboBox<Integer> year = new ComboBox<>();
    final ComboBox<InstitutionSummary> branch = new ComboBox<>();
    final Grid<MemberEventRow> grid = new Grid<>(MemberEventRow.class, false);
    private final ConfigurableFilterDataProvider<MemberEventRow, Void, MemberEventFilter> rows;

    MemberEventList(MemberEventService events, Clock clock, LongConsumer open) {
        addClassName("member-event-list");
        setSizeFull();
        year.setLabel(getTranslation("memberEvent.field.year"));
        year.setItems(Years.recent(clock));
        year.setItemLabelGenerator(String::valueOf);
        year.setPlaceholder(getTranslation("memberEvent.allYears"));
        year.setClearButtonVisible(true);
        year.setValue(LocalDate.now(clock).getYear());
        branch.setLabel(getTranslation("memberEvent.field.branch"));
        branch.setItems(events.branches());
        branch.setItemLabelGenerator(InstitutionSummary::nameZh);
        branch.setPlaceholder(getTranslation("memberEvent.allBranches"));
        branch.setClearButtonVisible(true);
        branch.setWidth("18rem");

        grid.addColumn(r -> DateFormats.date(r.eventDate(), getLocale())).setHeader(getTranslation("memberEvent.field.eventDate"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(MemberEventRow::branchName).setHeader(getTranslation("memberEvent.field.branch")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(MemberEventRow::title).setHeader(getTranslation("memberEvent.field.title")).setFlexGrow(3)
                .setTooltipGenerator(MemberEventRow::title);
        grid.addColumn(r -> getTranslation(r.type().messageKey())).setHeader(getTranslation("memberEvent.field.type"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(MemberEventRow::members).setHeader(getTranslation("memberEvent.field.members")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(MemberEventRow::others).setHeader(getTranslation("memberEvent.field.others")).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("grid.empty"));
        grid.setSizeFull();
        rows = DataProvider.<MemberEventRow, MemberEventFilter>fromFilteringCallbacks(
                q -> events.search(q.getFilter().orElseThrow(), q.getOffset(), q.getLimit()).stream(),
                q -> events.count(q.getFilter().orElseThrow())).withConfigurableFilter();
        grid.setItems(rows);
        grid.addItemClickListener(e -> open.accept(e.getItem().id()));
        year.addValueChangeListener(e -> refresh());
        branch.addValueChangeListener(e -> refresh());
        refresh();

        Div filters = new Div(year, branch);
        filters.addClassName("view-toolbar");
        add(filters, grid);
    }

    void refresh() {
        rows.setFilter(new MemberEventFilter(year.getValue(), branch.getValue() == null ? null : branch.getValue().id()));
    }
}
