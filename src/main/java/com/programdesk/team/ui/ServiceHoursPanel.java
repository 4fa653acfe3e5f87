package com.programdesk.team.ui;

import com.programdesk.base.ui.Downloads;
import com.programdesk.team.domain.ServiceHours;
import com.programdesk.team.service.StaffingService;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Service hours of a year: members ranked, team totals, and the Excel file for volunteer recognition. */
class ServiceHoursPanel extends Div {

    final Select<Integer> year = new Select<>();
    final Grid<ServiceHours> byMember = new Grid<>(ServiceHours.class, false);
    final Grid<ServiceHours> byTeam = new Grid<>(ServiceHours.class, false);

    ServiceHoursPanel(StaffingService staffing, Clock clock) {
        int thisYear = LocalDate.now(clock).getYear();
        year.setLabel(getTranslation("hours.year"));
        year.setItems(IntStream.rangeClosed(thisYear - 4, thisYear).boxed().sorted(Comparator.reverseOrder()).toList());
        year.setValue(thisYear);
        byMember.addColumn(LitRenderer.<ServiceHours>of("${index + 1}")).setHeader(getTranslation("hours.column.rank")).setAutoWidth(true)
                .setFlexGrow(0);
        byMember.addColumn(ServiceHours::name).setHeader(getTranslation("hours.column.member")).setAutoWidth(true);
        byMember.addColumn(ServiceHours::teamName).setHeader(getTranslation("hours.column.team")).setFlexGrow(2);
        byMember.addColumn(ServiceHours::activities).setHeader(getTranslation("hours.column.activities")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        byMember.addColumn(ServiceHours::hours).setHeader(getTranslation("hours.column.hours")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        byMember.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        byMember.setHeight("22rem");
        byTeam.addColumn(ServiceHours::name).setHeader(getTranslation("hours.column.team")).setFlexGrow(2);
        byTeam.addColumn(ServiceHours::activities).setHeader(getTranslation("hours.column.activities")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        byTeam.addColumn(ServiceHours::hours).setHeader(getTranslation("hours.column.hours")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        byTeam.addThemeVariants(GridVariant.LUMO_COMPACT);
        byTeam.setAllRowsVisible(true);
        Anchor export = new Anchor(Downloads.of(event -> {
            event.setFileName(getTranslation("hours.fileName", year.getValue()) + ".xlsx");
            event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            staffing.writeHoursXlsx(year.getValue(), this::getTranslation, event.getOutputStream());
        }), getTranslation("hours.export"));
        export.add(VaadinIcon.FILE_TABLE.create());
        year.addValueChangeListener(e -> show(staffing, e.getValue()));
        Div bar = new Div(year, export);
        bar.addClassName("view-toolbar");
        add(bar, new Paragraph(getTranslation("hours.explain")), byMember, new H3(getTranslation("hours.byTeam")), byTeam);
        show(staffing, thisYear);
    }

    private void show(StaffingService staffing, int chosen) {
        byMember.setItems(q -> staffing.hoursByMember(chosen, q.getOffset(), q.getLimit()).stream(), q -> staffing.countMembersWithHours(chosen));
        byTeam.setItems(staffing.hoursByTeam(chosen));
    }
}
