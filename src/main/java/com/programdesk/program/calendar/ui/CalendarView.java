package com.programdesk.program.calendar.ui;

import com.programdesk.program.activities.ui.ActivityEditor;

import com.programdesk.base.ui.DateFormats;
import com.programdesk.base.ui.Downloads;
import com.programdesk.base.ui.FormSave;
import com.programdesk.institution.domain.InstitutionSummary;
import com.programdesk.institution.service.InstitutionService;
import com.programdesk.program.activities.domain.Activity;
import com.programdesk.program.activities.domain.ActivityFilter;
import com.programdesk.program.activities.domain.ActivityStatus;
import com.programdesk.program.activities.domain.ActivityType;
import com.programdesk.program.activities.domain.Audience;
import com.programdesk.program.activities.domain.CalendarEntry;
import com.programdesk.program.calendar.domain.ObservanceDay;
import com.programdesk.program.plan.domain.Program;
import com.programdesk.program.calendar.service.ActivityExport;
import com.programdesk.program.activities.service.ActivityService;
import com.programdesk.program.calendar.service.CalendarSubscriptionService;
import com.programdesk.program.calendar.service.ObservanceDayService;
import com.programdesk.program.plan.service.ProgramService;
import com.programdesk.security.domain.AuthenticatedUser;
import com.programdesk.security.domain.Role;
import com.programdesk.security.service.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * The activity calendar: month, week and list views with filters, a legend, the recurring
 * observance days, and the activities planned for a window but not dated yet. Click a day to
 * plan an activity there, an activity to open it, or drag it to another day.
 */
@Route("calendar")
@PermitAll
@Menu(order = 110, title = "nav.calendar", icon = "vaadin:calendar")
class CalendarView extends Div implements HasDynamicTitle {

    private final ActivityService activities;
    private final ActivityExport export;
    private final CalendarSubscriptionService subscriptions;
    private final ProgramService programs;
    private final InstitutionService institutions;
    private final List<ObservanceDay> observanceDays;
    private final AuthenticatedUser user;
    private final Clock clock;

    final Select<CalendarMode> mode = new Select<>();
    final ComboBox<Program> program = new ComboBox<>();
    final ComboBox<ActivityType> type = new ComboBox<>();
    final ComboBox<Audience> audience = new ComboBox<>();
    final ComboBox<InstitutionSummary> organiser = new ComboBox<>();
    final ComboBox<ActivityStatus> status = new ComboBox<>();
    final Span periodLabel = new Span();
    final Div body = new Div();
    final Div undated = new Div();
    CalendarJump jump;
    private LocalDate anchor;

    CalendarView(ActivityService activities, ProgramService programs, InstitutionService institutions,
                 ObservanceDayService observanceDays, ActivityExport export, CalendarSubscriptionService subscriptions,
                 CurrentUser currentUser, Clock clock) {
        this.export = export;
        this.subscriptions = subscriptions;
        this.activities = activities;
        this.programs = programs;
        this.institutions = institutions;
        this.observanceDays = observanceDays.active();
        this.user = currentUser.require();
        this.clock = clock;
        this.anchor = LocalDate.now(clock);
        addClassName("view");
        addClassName("calendar-view");
        setSizeFull();
        add(toolbar(), filters(), content(), legend());
        refresh();
    }

    private Div toolbar() {
        Button previous = new Button(VaadinIcon.ANGLE_LEFT.create(), e -> move(-1));
        previous.setAriaLabel(getTranslation("calendar.previous"));
        Button next = new Button(VaadinIcon.ANGLE_RIGHT.create(), e -> move(1));
        next.setAriaLabel(getTranslation("calendar.next"));
        Button today = new Button(getTranslation("date.today"), e -> {
            anchor = LocalDate.now(clock);
            refresh();
        });
        mode.setItems(CalendarMode.values());
        mode.setItemLabelGenerator(m -> getTranslation(m.messageKey()));
        mode.setValue(CalendarMode.MONTH);
        mode.setAriaLabel(getTranslation("calendar.mode"));
        mode.addValueChangeListener(e -> refresh());
        periodLabel.addClassName("calendar-period");
        jump = new CalendarJump(programs, LocalDate.now(clock), this::showMonth);
        Div toolbar = new Div(new H2(getTranslation("nav.calendar")), previous, today, next, periodLabel, mode, jump, exportMenu());
        toolbar.addClassName("view-toolbar");
        if (user.role() != Role.VIEWER) {
            Button add = new Button(getTranslation("activity.new"), VaadinIcon.PLUS.create(), e -> openNew(LocalDate.now(clock), null));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(add);
        }
        return toolbar;
    }

    private MenuBar exportMenu() {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        var exports = menu.addItem(getTranslation("calendar.export"));
        DownloadHandler xlsx = Downloads.of(event -> {
            event.setFileName(getTranslation("calendar.export.fileName") + ".xlsx");
            event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            CalendarMode current = mode.getValue();
            export.writeXlsx(current.firstDay(anchor), current.lastDay(anchor), filter(), this::getTranslation, event.getOutputStream());
        });
        DownloadHandler ics = Downloads.of(event -> {
            event.setFileName(getTranslation("calendar.export.fileName") + ".ics");
            event.setContentType("text/calendar; charset=UTF-8");
            CalendarMode current = mode.getValue();
            java.io.Writer writer = new java.io.OutputStreamWriter(event.getOutputStream(), java.nio.charset.StandardCharsets.UTF_8);
            export.writeIcs(current.firstDay(anchor), current.lastDay(anchor), filter(), getTranslation("nav.calendar"), writer);
        });
        exports.getSubMenu().addItem(new Anchor(xlsx, getTranslation("calendar.export.xlsx")));
        exports.getSubMenu().addItem(new Anchor(ics, getTranslation("calendar.export.ics")));
        exports.getSubMenu().addItem(getTranslation("calendar.subscribe.title"), e -> getUI().ifPresent(ui ->
                ui.getPage().fetchCurrentURL(url -> new SubscriptionDialog(subscriptions,
                        url.getProtocol() + "://" + url.getAuthority()).open())));
        return menu;
    }

    private Div filters() {
        program.setPlaceholder(getTranslation("activity.field.program"));
        program.setAriaLabel(getTranslation("activity.field.program"));
        program.setItems(programs.running());
        program.setItemLabelGenerator(Program::getTitle);
        type.setPlaceholder(getTranslation("activity.field.type"));
        type.setAriaLabel(getTranslation("activity.field.type"));
        type.setItems(ActivityType.values());
        type.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
        audience.setPlaceholder(getTranslation("activity.field.audiences"));
        audience.setAriaLabel(getTranslation("activity.field.audiences"));
        audience.setItems(Audience.values());
        audience.setItemLabelGenerator(a -> getTranslation(a.messageKey()));
        organiser.setPlaceholder(getTranslation("activity.field.organiser"));
        organiser.setAriaLabel(getTranslation("activity.field.organiser"));
        // a bureau bound to an area filters by its own institutions; staff read the whole calendar, so any organiser
        organiser.setItems(q -> (user.isAreaBound() ? institutions.lookup(q.getFilter().orElse(""), q.getOffset(), q.getLimit())
                : institutions.lookupAll(q.getFilter().orElse(""), q.getOffset(), q.getLimit())).stream());
        organiser.setItemLabelGenerator(InstitutionSummary::label);
        status.setPlaceholder(getTranslation("activity.field.status"));
        status.setAriaLabel(getTranslation("activity.field.status"));
        status.setItems(ActivityStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        Div filters = new Div(program, type, audience, organiser, status);
        for (ComboBox<?> box : List.of(program, type, audience, organiser, status)) {
            box.setClearButtonVisible(true);
            box.addValueChangeListener(e -> refresh());
        }
        filters.addClassName("view-toolbar");
        return filters;
    }

    private Div content() {
        body.addClassName("calendar-body");
        undated.addClassName("calendar-undated");
        Div content = new Div(body, undated);
        content.addClassName("calendar-content");
        return content;
    }

    /** One element with its markup: the legend never changes while the view is open. */
    private Div legend() {
        StringBuilder html = new StringBuilder();
        for (ActivityType t : ActivityType.values()) {
            html.append("<span class=\"calendar-entry type-").append(t.name()).append("\">")
                    .append(HtmlUtils.htmlEscape(getTranslation(t.messageKey()), "UTF-8")).append("</span>");
        }
        Div legend = new Div();
        legend.addClassName("calendar-legend");
        legend.getElement().setProperty("innerHTML", html.toString());
        return legend;
    }

    /** Shows the month (or week) around {@code day}. */
    void showMonth(LocalDate day) {
        anchor = day;
        refresh();
    }

    private void move(int direction) {
        anchor = mode.getValue().step(anchor, direction);
        refresh();
    }

    ActivityFilter filter() {
        return new ActivityFilter(program.getValue() == null ? null : program.getValue().getId(), type.getValue(),
                audience.getValue(), organiser.getValue() == null ? null : organiser.getValue().id(), status.getValue());
    }

    void refresh() {
        CalendarMode current = mode.getValue();
        LocalDate from = current.firstDay(anchor);
        LocalDate to = current.lastDay(anchor);
        periodLabel.setText(current == CalendarMode.WEEK
                ? DateFormats.date(from, getLocale()) + " – " + DateFormats.date(to, getLocale())
                : getTranslation("calendar.monthLabel", String.valueOf(anchor.getYear()), String.valueOf(anchor.getMonthValue())));
        jump.show(anchor);
        body.removeAll();
        if (current == CalendarMode.LIST) {
            body.add(agenda(from, to));
        } else {
            body.add(dayGrid(from, to, current));
        }
        showUndated(from, to);
    }

    private Div dayGrid(LocalDate from, LocalDate to, CalendarMode current) {
        List<CalendarEntry> dated = activities.dated(from, to, filter());
        if (dated.size() >= ActivityService.CALENDAR_LIMIT) {
            Notification.show(getTranslation("calendar.tooMany", ActivityService.CALENDAR_LIMIT), 6000, Notification.Position.MIDDLE);
        }
        return new CalendarDayGrid(from, to, current == CalendarMode.WEEK ? 0 : anchor.getMonthValue(), dated, observanceDays,
                LocalDate.now(clock), user.role() != Role.VIEWER, new CalendarDayGrid.Actions() {
                    @Override
                    public void newActivity(LocalDate day) {
                        openNew(day, null);
                    }

                    @Override
                    public void open(long activityId) {
                        openExisting(activityId);
                    }

                    @Override
                    public void move(long activityId, LocalDate day) {
                        reschedule(activityId, day);
                    }

                    @Override
                    public void campaignFor(ObservanceDay observance, LocalDate day) {
                        openCampaign(observance, day);
                    }
                });
    }

    private Grid<CalendarEntry> agenda(LocalDate from, LocalDate to) {
        ActivityFilter current = filter();
        Grid<CalendarEntry> grid = new Grid<>(CalendarEntry.class, false);
        grid.addColumn(e -> e.isDated() ? DateFormats.dateTimeToMinute(e.startsAt(), getLocale())
                : getTranslation("activity.window", DateFormats.date(e.windowStart(), getLocale()), DateFormats.date(e.windowEnd(), getLocale())))
                .setHeader(getTranslation("activity.field.when")).setFlexGrow(2);
        grid.addColumn(CalendarEntry::title).setHeader(getTranslation("activity.field.title")).setFlexGrow(4);
        grid.addColumn(e -> getTranslation(e.type().messageKey())).setHeader(getTranslation("activity.field.type"));
        grid.addColumn(CalendarEntry::place).setHeader(getTranslation("activity.field.place")).setFlexGrow(2);
        grid.addColumn(e -> getTranslation(e.status().messageKey())).setHeader(getTranslation("activity.field.status"));
        grid.setItems(q -> activities.agenda(from, to, current, q.getOffset(), q.getLimit()).stream(),
                q -> activities.countAgenda(from, to, current));
        grid.setEmptyStateText(getTranslation("grid.empty"));
        grid.addItemClickListener(e -> openExisting(e.getItem().id()));
        grid.setSizeFull();
        return grid;
    }

    private void showUndated(LocalDate from, LocalDate to) {
        undated.removeAll();
        undated.add(new H3(getTranslation("calendar.undated")));
        List<CalendarEntry> entries = activities.undated(from, to, filter());
        if (entries.isEmpty()) {
            undated.add(new Span(getTranslation("calendar.undatedNone")));
        }
        for (CalendarEntry entry : entries) {
            Div item = new Div(new Span(entry.title()), new Span(getTranslation("activity.window",
                    DateFormats.date(entry.windowStart(), getLocale()), DateFormats.date(entry.windowEnd(), getLocale()))));
            item.addClassNames("calendar-entry", "undated-entry", "type-" + entry.type().name());
            item.addClickListener(e -> openExisting(entry.id()));
            undated.add(item);
        }
    }

    private void reschedule(long activityId, LocalDate day) {
        activities.find(activityId).ifPresent(activity -> {
            try {
                FormSave.run(() -> {
                    activities.reschedule(activity, day.atTime(activity.getStartsAt().toLocalTime()));
                    Notification.show(getTranslation("activity.moved", activity.getTitle(), DateFormats.date(day, getLocale())));
                }, e -> Notification.show(getTranslation(e.messageKey()), 5000, Notification.Position.MIDDLE),
                        () -> Notification.show(getTranslation("error.conflict"), 5000, Notification.Position.MIDDLE));
            } catch (org.springframework.security.access.AccessDeniedException e) {
                Notification.show(getTranslation("activity.error.notYours"), 5000, Notification.Position.MIDDLE);
            }
            refresh();
        });
    }

    void openNew(LocalDate day, ActivityType presetType) {
        Activity activity = newActivityOn(day);
        activity.setType(presetType);
        new ActivityEditor(activities, programs, institutions, activity, this::refresh).open();
    }

    private void openCampaign(ObservanceDay observance, LocalDate day) {
        Activity activity = newActivityOn(day);
        activity.setType(observance.getActivityType());
        activity.setTitle(getTranslation("calendar.campaignTitle", observance.label(getLocale())));
        new ActivityEditor(activities, programs, institutions, activity, this::refresh).open();
    }

    /** An activity on the day, in the filtered program (or the running one covering the day), for the user's institution. */
    private Activity newActivityOn(LocalDate day) {
        Long programId = program.getValue() != null ? program.getValue().getId()
                : programs.running().stream().filter(p -> p.covers(day)).map(Program::getId).findFirst().orElse(null);
        Long organiserId = user.role().requiresInstitution() ? user.institutionId() : null;
        return ActivityEditor.newOn(day, programId, organiserId);
    }

    void openExisting(long id) {
        activities.find(id).ifPresent(activity -> new ActivityEditor(activities, programs, institutions, activity, this::refresh).open());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.calendar") + " | " + getTranslation("app.name");
    }
}
