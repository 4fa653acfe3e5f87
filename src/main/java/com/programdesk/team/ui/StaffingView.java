package com.programdesk.team.ui;

import com.programdesk.base.ui.DateFormats;
import com.programdesk.base.ui.LocalizedDatePicker;
import com.programdesk.program.activities.domain.ActivityFilter;
import com.programdesk.program.activities.domain.CalendarEntry;
import com.programdesk.program.activities.service.ActivityService;
import com.programdesk.security.domain.Roles;
import com.programdesk.team.service.StaffingService;
import com.programdesk.team.service.TeamService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;

/** "服务安排": the activities of a period, to put team members on them (and correct their hours once done). */
@Route("staffing")
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.INSTITUTION, Roles.ASSOCIATION})
@Menu(order = 145, title = "nav.staffing", icon = "vaadin:handshake")
class StaffingView extends Div implements HasDynamicTitle {

    final LocalizedDatePicker from = new LocalizedDatePicker();
    final LocalizedDatePicker to = new LocalizedDatePicker();
    final Grid<CalendarEntry> activities = new Grid<>(CalendarEntry.class, false);

    StaffingView(ActivityService activityService, StaffingService staffing, TeamService teams, Clock clock) {
        addClassName("view");
        setSizeFull();
        LocalDate today = LocalDate.now(clock);
        from.setLabel(getTranslation("staffing.from"));
        from.setValue(today);
        to.setLabel(getTranslation("staffing.to"));
        to.setValue(today.plusMonths(2));
        activities.addColumn(a -> a.startsAt() == null ? DateFormats.date(a.windowStart(), getLocale()) + " – "
                        + DateFormats.date(a.windowEnd(), getLocale()) : DateFormats.dateTimeToMinute(a.startsAt(), getLocale())
                        + (a.endsAt() == null ? "" : " – " + DateFormats.time(a.endsAt(), getLocale())))
                .setHeader(getTranslation("staffing.column.when")).setAutoWidth(true);
        activities.addColumn(CalendarEntry::title).setHeader(getTranslation("staffing.column.activity")).setFlexGrow(3);
        activities.addColumn(a -> getTranslation(a.status().messageKey())).setHeader(getTranslation("staffing.column.status")).setAutoWidth(true);
        activities.addColumn(CalendarEntry::place).setHeader(getTranslation("staffing.column.place")).setFlexGrow(2);
        activities.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        activities.setSizeFull();
        activities.addItemClickListener(e -> activityService.find(e.getItem().id()).ifPresent(
                activity -> new StaffingDialog(staffing, teams, activity).open()));
        from.addValueChangeListener(e -> refresh(activityService));
        to.addValueChangeListener(e -> refresh(activityService));
        Div toolbar = new Div(new H2(getTranslation("nav.staffing")), from, to);
        toolbar.addClassName("view-toolbar");
        add(toolbar, new Paragraph(getTranslation("staffing.explain")), activities);
        refresh(activityService);
    }

    private void refresh(ActivityService activityService) {
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        if (start == null || end == null || end.isBefore(start)) {
            return;
        }
        activities.setItems(q -> activityService.agenda(start, end, ActivityFilter.none(), q.getOffset(), q.getLimit()).stream(),
                q -> activityService.countAgenda(start, end, ActivityFilter.none()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.staffing") + " | " + getTranslation("app.name");
    }
}
