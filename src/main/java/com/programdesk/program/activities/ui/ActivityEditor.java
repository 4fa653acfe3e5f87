package com.programdesk.program.activities.ui;

import com.programdesk.base.ui.ConflictNotice;
import com.programdesk.base.ui.DateFormats;
import com.programdesk.base.ui.CountField;
import com.programdesk.base.ui.FieldLimits;
import com.programdesk.base.ui.FormErrors;
import com.programdesk.base.ui.FormSave;
import com.programdesk.base.ui.LocalizedDatePicker;
import com.programdesk.institution.domain.InstitutionSummary;
import com.programdesk.institution.service.InstitutionService;
import com.programdesk.program.activities.domain.Activity;
import com.programdesk.program.activities.domain.ActivityFormat;
import com.programdesk.program.activities.domain.ActivityStatus;
import com.programdesk.program.activities.domain.ActivityType;
import com.programdesk.program.activities.domain.Audience;
import com.programdesk.program.activities.domain.CalendarEntry;
import com.programdesk.program.plan.domain.Program;
import com.programdesk.program.plan.domain.WorkStream;
import com.programdesk.program.activities.service.ActivityService;
import com.programdesk.program.plan.service.ProgramService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Plans, edits and logs one activity. Works on a copy: a refused save leaves the stored activity
 * as it was. Status steps (confirm, done, cancel) go through the service's workflow.
 */
public class ActivityEditor extends Dialog {

    public final ComboBox<Program> program = new ComboBox<>();
    public final TextField title = FieldLimits.maxLength(new TextField(), Activity.TITLE_MAX);
    public final ComboBox<ActivityType> type = new ComboBox<>();
    public final ComboBox<WorkStream> workStream = new ComboBox<>();
    public final MultiSelectComboBox<Audience> audiences = com.programdesk.base.ui.ScreenReaderTexts.multiSelect(new MultiSelectComboBox<>());
    public final Select<ActivityFormat> format = new Select<>();
    public final ComboBox<InstitutionSummary> organiser = new ComboBox<>();
    public final MultiSelectComboBox<InstitutionSummary> partners = com.programdesk.base.ui.ScreenReaderTexts.multiSelect(new MultiSelectComboBox<>());
    public final Checkbox dated = new Checkbox();
    public final DateTimePicker startsAt = new DateTimePicker();
    public final DateTimePicker endsAt = new DateTimePicker();
    public final DatePicker windowStart = new LocalizedDatePicker();
    public final DatePicker windowEnd = new LocalizedDatePicker();
    public final TextField place = FieldLimits.maxLength(new TextField(), Activity.PLACE_MAX);
    public final CountField plannedAttendance = new CountField(0, Activity.ATTENDANCE_MAX);
    public final ConflictNotice conflict = new ConflictNotice();
    public final Div warnings = new Div();
    public final Button save = new Button();
    public final Button confirm = new Button();
    public final Button markDone = new Button();
    public final Button cancelActivity = new Button();

    private final ActivityService activities;
    private final ProgramService programs;
    private final InstitutionService institutions;
    private final Activity original;
    private final Runnable onSaved;
    private final boolean editable;
    private final Binder<Activity> binder = new Binder<>(Activity.class);
    private final FormErrors formErrors = new FormErrors();

    public ActivityEditor(ActivityService activities, ProgramService programs, InstitutionService institutions, Activity activity,
                   Runnable onSaved) {
        this.activities = activities;
        this.programs = programs;
        this.institutions = institutions;
        this.original = activity;
        this.onSaved = onSaved;
        this.editable = activities.canEdit(activity) && activity.getStatus().isOpen();
        setHeaderTitle(getTranslation(activity.isNew() ? "activity.new" : "activity.edit"));
        setWidth("min(56rem, 96vw)");
        configureFields(activity);
        bind();
        binder.readBean(activity);
        dated.setValue(activity.isNew() || activity.isDated());
        startsAt.setValue(activity.getStartsAt());
        endsAt.setValue(activity.getEndsAt());
        windowStart.setValue(activity.getWindowStart());
        windowEnd.setValue(activity.getWindowEnd());
        showDateFields();
        startsAt.addValueChangeListener(e -> checkConflicts());
        place.addValueChangeListener(e -> checkConflicts());
        organiser.addValueChangeListener(e -> checkConflicts());
        binder.setReadOnly(!editable);
        dated.setReadOnly(!editable);
        startsAt.setReadOnly(!editable);
        endsAt.setReadOnly(!editable);
        windowStart.setReadOnly(!editable);
        windowEnd.setReadOnly(!editable);
        program.setReadOnly(!activity.isNew() || !editable);

        FormLayout form = new FormLayout(program, title, type, workStream, audiences, format, organiser, partners, dated,
                startsAt, endsAt, warnings, windowStart, windowEnd, place, plannedAttendance);
        form.setColspan(title, 2);
        form.setColspan(dated, 2);
        // the conflict warning sits right under the dates it concerns, not below the whole form
        form.setColspan(warnings, 2);
        warnings.addClassName("form-warning");
        warnings.setVisible(false);
        add(conflict, statusLine(activity), form);
        footer(activity);
    }

    /** Opens the editor for an existing activity. */
    public static void open(ActivityService activities, ProgramService programs, InstitutionService institutions, Activity activity,
                     Runnable onSaved) {
        new ActivityEditor(activities, programs, institutions, activity, onSaved).open();
    }

    private void configureFields(Activity activity) {
        program.setLabel(getTranslation("activity.field.program"));
        List<Program> running = programs.running();
        program.setItems(running);
        program.setItemLabelGenerator(Program::getTitle);
        programs.find(activity.getProgramId()).ifPresent(p -> {
            if (running.stream().noneMatch(r -> r.getId().equals(p.getId()))) {
                program.setItems(p);
            }
        });
        program.addValueChangeListener(e -> loadWorkStreams(e.getValue()));
        title.setLabel(getTranslation("activity.field.title"));
        type.setLabel(getTranslation("activity.field.type"));
        type.setItems(ActivityType.values());
        type.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
        workStream.setLabel(getTranslation("activity.field.workStream"));
        workStream.setItemLabelGenerator(WorkStream::getName);
        workStream.setClearButtonVisible(true);
        audiences.setLabel(getTranslation("activity.field.audiences"));
        audiences.setItems(Audience.values());
        audiences.setItemLabelGenerator(a -> getTranslation(a.messageKey()));
        format.setLabel(getTranslation("activity.field.format"));
        format.setItems(ActivityFormat.values());
        format.setItemLabelGenerator(f -> getTranslation(f.messageKey()));
        organiser.setLabel(getTranslation("activity.field.organiser"));
        organiser.setItems(q -> institutions.lookup(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        organiser.setItemLabelGenerator(InstitutionSummary::label);
        partners.setLabel(getTranslation("activity.field.partners"));
        partners.setItems(q -> institutions.lookupAll(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        partners.setItemLabelGenerator(InstitutionSummary::label);
        dated.setLabel(getTranslation("activity.field.dated"));
        dated.addValueChangeListener(e -> showDateFields());
        startsAt.setLabel(getTranslation("activity.field.startsAt"));
        endsAt.setLabel(getTranslation("activity.field.endsAt"));
        startsAt.setLocale(getLocale());
        endsAt.setLocale(getLocale());
        LocalizedDatePicker.limit(startsAt);
        LocalizedDatePicker.limit(endsAt);
        // the end keeps the duration when the start moves (moving a start back a year must not leave the end behind)
        startsAt.addValueChangeListener(e -> {
            if (e.getValue() == null) {
                return;
            }
            LocalDateTime before = e.getOldValue();
            LocalDateTime end = endsAt.getValue();
            boolean keepDuration = before != null && end != null && !end.isBefore(before);
            endsAt.setValue(keepDuration ? e.getValue().plus(java.time.Duration.between(before, end)) : e.getValue().plusHours(2));
        });
        endsAt.addValueChangeListener(e -> checkConflicts());
        windowStart.setLabel(getTranslation("activity.field.windowStart"));
        windowEnd.setLabel(getTranslation("activity.field.windowEnd"));
        place.setLabel(getTranslation("activity.field.place"));
        plannedAttendance.setLabel(getTranslation("activity.field.plannedAttendance"));
    }

    private void bind() {
        String required = getTranslation("validation.required");
        binder.forField(program).asRequired(required)
                .bind(a -> program.getListDataView().getItems().filter(p -> p.getId().equals(a.getProgramId())).findFirst().orElse(null),
                        (a, p) -> a.setProgramId(p.getId()));
        binder.forField(title).asRequired(required).bind(Activity::getTitle, Activity::setTitle);
        binder.forField(type).asRequired(required).bind(Activity::getType, Activity::setType);
        binder.forField(workStream).bind(a -> workStream.getListDataView().getItems()
                        .filter(s -> s.getId().equals(a.getWorkStreamId())).findFirst().orElse(null),
                (a, s) -> a.setWorkStreamId(s == null ? null : s.getId()));
        binder.forField(audiences).bind(Activity::audienceSet, Activity::setAudienceSet);
        binder.forField(format).asRequired(required).bind(Activity::getFormat, Activity::setFormat);
        binder.forField(organiser).asRequired(required)
                .bind(a -> institutions.summariesOf(java.util.Collections.singletonList(a.getOrganiserId())).stream().findFirst().orElse(null),
                        (a, o) -> a.setOrganiserId(o == null ? null : o.id()));
        binder.forField(partners).bind(a -> institutions.summariesOf(a.partnerIds()),
                (a, chosen) -> a.setPartnerIds(chosen.stream().map(InstitutionSummary::id).collect(Collectors.toSet())));
        binder.forField(place).bind(Activity::getPlace, Activity::setPlace);
        binder.forField(plannedAttendance)
                .withValidator(n -> n == null || (n >= 0 && n <= Activity.ATTENDANCE_MAX), getTranslation("activity.error.attendanceRange"))
                .bind(Activity::getPlannedAttendance, Activity::setPlannedAttendance);
        formErrors.bind("programId", program).bind("title", title).bind("type", type).bind("workStreamId", workStream)
                .bind("organiserId", organiser).bind("place", place).bind("plannedAttendance", plannedAttendance)
                .bind("startsAt", startsAt).bind("endsAt", endsAt).bind("windowStart", windowStart).bind("windowEnd", windowEnd)
                .bind("status", title);
    }

    private void loadWorkStreams(Program selected) {
        WorkStream current = workStream.getValue();
        List<WorkStream> streams = selected == null ? List.of() : programs.workStreams(selected.getId());
        workStream.setItems(streams);
        if (current != null) {
            streams.stream().filter(s -> s.getId().equals(current.getId())).findFirst().ifPresent(workStream::setValue);
        }
        if (selected != null) {
            for (DatePicker picker : List.of(windowStart, windowEnd)) {
                picker.setMin(selected.getPeriodStart());
                picker.setMax(selected.getPeriodEnd());
            }
        }
    }

    private void showDateFields() {
        boolean isDated = dated.getValue();
        startsAt.setVisible(isDated);
        endsAt.setVisible(isDated);
        windowStart.setVisible(!isDated);
        windowEnd.setVisible(!isDated);
    }

    private Div statusLine(Activity activity) {
        Span status = new Span(getTranslation(activity.getStatus().messageKey()));
        status.getElement().getThemeList().add("badge " + (activity.getStatus() == ActivityStatus.DONE ? "success"
                : activity.getStatus() == ActivityStatus.CANCELLED ? "contrast" : ""));
        Div line = new Div(status);
        line.addClassName("activity-status-line");
        if (activity.getStatus() == ActivityStatus.DONE) {
            line.add(new Span(getTranslation("activity.doneSummary", activity.getActualAttendance(), activity.getOutcomeNote())));
        }
        if (activity.getStatus() == ActivityStatus.CANCELLED) {
            line.add(new Span(getTranslation("activity.cancelledSummary", activity.getCancelReason())));
        }
        return line;
    }

    private void footer(Activity activity) {
        Button close = new Button(getTranslation(editable ? "action.cancel" : "action.close"), e -> close());
        if (!activity.isNew() && activity.getType() == ActivityType.TRAINING) {
            // the training feature builds on activities, so its page is named by its route only
            Button training = new Button(getTranslation("activity.openTraining"), e -> {
                close();
                getUI().ifPresent(ui -> ui.navigate("training/" + activity.getId()));
            });
            training.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            getFooter().add(training);
        }
        if (!editable) {
            getFooter().add(close);
            return;
        }
        if (!activity.isNew()) {
            confirm.setText(getTranslation("activity.action.confirm"));
            confirm.addClickListener(e -> step(() -> activities.confirm(original, null), "activity.done.confirmed"));
            confirm.setVisible(activity.getStatus().canMoveTo(ActivityStatus.CONFIRMED));
            markDone.setText(getTranslation("activity.action.done"));
            markDone.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            markDone.addClickListener(e -> new MarkDoneDialog(activities, original, this::afterStep).open());
            cancelActivity.setText(getTranslation("activity.action.cancel"));
            cancelActivity.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            cancelActivity.addClickListener(e -> new CancelActivityDialog(activities, original, this::afterStep).open());
            getFooter().add(cancelActivity, confirm, markDone);
        }
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(close, save);
    }

    public void save() {
        Activity edited = original.copy();
        boolean valid = binder.writeBeanIfValid(edited);
        if (dated.getValue()) {
            if (startsAt.getValue() == null) {
                invalid(startsAt, "validation.required");
                valid = false;
            } else if (endsAt.getValue() != null && endsAt.getValue().isBefore(startsAt.getValue())) {
                invalid(endsAt, "validation.endBeforeStart");
                valid = false;
            }
            edited.schedule(startsAt.getValue(), endsAt.getValue());
        } else {
            if (windowStart.getValue() == null) {
                invalid(windowStart, "activity.error.dateOrWindowRequired");
                valid = false;
            }
            if (windowEnd.getValue() == null) {
                invalid(windowEnd, "validation.required");
                valid = false;
            }
            edited.planForWindow(windowStart.getValue(), windowEnd.getValue());
        }
        if (!valid) {
            return;
        }
        FormSave.run(() -> {
            Activity saved = activities.save(edited);
            List<CalendarEntry> clashes = activities.conflicts(saved);
            Notification notification = Notification.show(getTranslation("activity.saved", saved.getTitle()));
            notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            if (!clashes.isEmpty()) {
                // at the bottom, beside the saved message: the calendar the user is looking at stays uncovered
                Notification.show(getTranslation("activity.conflictWarning", clashes.getFirst().title(),
                        DateFormats.dateTimeToMinute(clashes.getFirst().startsAt(), getLocale())), 5000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_WARNING);
            }
            close();
            onSaved.run();
        }, e -> formErrors.show(e, Activity.TITLE_MAX), this::showConflict);
    }

    /** Planned dates with something else at the same place or by the same organiser: shown, not refused. */
    public void checkConflicts() {
        boolean validPeriod = endsAt.getValue() == null || startsAt.getValue() == null || !endsAt.getValue().isBefore(startsAt.getValue());
        if (!dated.getValue() || startsAt.getValue() == null || !validPeriod) {
            warnings.setVisible(false);
            return;
        }
        Activity probe = original.copy();
        probe.schedule(startsAt.getValue(), endsAt.getValue());
        probe.setPlace(place.getValue());
        probe.setOrganiserId(organiser.getValue() == null ? null : organiser.getValue().id());
        if (program.getValue() != null) {
            probe.setProgramId(program.getValue().getId());
        }
        List<CalendarEntry> clashes = activities.conflicts(probe);
        warnings.removeAll();
        clashes.forEach(c -> warnings.add(new Paragraph(getTranslation("activity.conflictWarning", c.title(),
                DateFormats.dateTimeToMinute(c.startsAt(), getLocale())))));
        warnings.setVisible(!clashes.isEmpty());
    }

    private void step(Runnable action, String doneKey) {
        FormSave.run(() -> {
            action.run();
            afterStep();
            com.programdesk.base.ui.StepDone.show(getTranslation(doneKey, original.getTitle()));
        }, formErrors::show, this::showConflict);
    }

    private void afterStep() {
        close();
        onSaved.run();
    }

    private void invalid(com.vaadin.flow.component.HasValidation field, String key) {
        field.setErrorMessage(getTranslation(key));
        field.setInvalid(true);
    }

    private void showConflict() {
        conflict.show(save);
    }

    /** A new activity on {@code day}, for the current user's institution when they have one. */
    public static Activity newOn(LocalDate day, Long programId, Long organiserId) {
        Activity activity = new Activity(programId == null ? 0 : programId, null, null, organiserId);
        LocalDateTime start = day.atTime(9, 0);
        activity.schedule(start, start.plusHours(2));
        activity.setAudienceSet(Set.of());
        return activity;
    }
}
