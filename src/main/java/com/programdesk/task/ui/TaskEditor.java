package com.programdesk.task.ui;

import com.programdesk.base.ui.ConflictNotice;
import com.programdesk.base.ui.DateFormats;
import com.programdesk.base.ui.FieldLimits;
import com.programdesk.base.ui.FormErrors;
import com.programdesk.base.ui.FormSave;
import com.programdesk.base.ui.LocalizedDatePicker;
import com.programdesk.institution.domain.InstitutionSummary;
import com.programdesk.institution.domain.Department;
import com.programdesk.institution.service.DepartmentService;
import com.programdesk.institution.service.InstitutionService;
import com.programdesk.program.activities.domain.ActivityFilter;
import com.programdesk.program.activities.domain.CalendarEntry;
import com.programdesk.program.plan.domain.Program;
import com.programdesk.program.plan.domain.WorkStream;
import com.programdesk.program.activities.service.ActivityService;
import com.programdesk.program.plan.service.ProgramService;
import com.programdesk.task.domain.Task;
import com.programdesk.task.domain.TaskPriority;
import com.programdesk.task.service.TaskService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Assigns a task to one or many institutions, or changes an assigned task's details (e.g. extends its due date). */
class TaskEditor extends Dialog {

    final TextField title = FieldLimits.maxLength(new TextField(), Task.TITLE_MAX);
    final TextArea description = new TextArea();
    final ComboBox<Program> program = new ComboBox<>();
    final ComboBox<WorkStream> workStream = new ComboBox<>();
    final MultiSelectComboBox<InstitutionSummary> leads = com.programdesk.base.ui.ScreenReaderTexts.multiSelect(new MultiSelectComboBox<>());
    final MultiSelectComboBox<InstitutionSummary> cooperators = com.programdesk.base.ui.ScreenReaderTexts.multiSelect(new MultiSelectComboBox<>());
    final TextField responsiblePerson = FieldLimits.maxLength(new TextField(), Task.RESPONSIBLE_MAX);
    /** The lead institution's department (科室), offered once one lead is chosen. */
    final ComboBox<Department> department = new ComboBox<>();
    final DatePicker dueDate = new LocalizedDatePicker();
    final Select<TaskPriority> priority = new Select<>();
    final ComboBox<CalendarEntry> activity = new ComboBox<>();
    final Button save = new Button();
    final ConflictNotice conflict = new ConflictNotice();

    private final TaskService tasks;
    private final ProgramService programs;
    private final Task original;
    private final Consumer<Task> onSaved;
    private final Binder<Task> binder = new Binder<>(Task.class);
    private final FormErrors formErrors = new FormErrors();

    TaskEditor(TaskService tasks, ProgramService programs, InstitutionService institutions, ActivityService activities,
               DepartmentService departments, Task task, Consumer<Task> onSaved) {
        this.tasks = tasks;
        this.programs = programs;
        this.original = task == null ? new Task() : task;
        this.onSaved = onSaved;
        boolean isNew = original.isNew();
        setHeaderTitle(getTranslation(isNew ? "task.assign" : "task.edit"));
        setWidth("min(52rem, 95vw)");
        title.setLabel(getTranslation("task.field.title"));
        description.setLabel(getTranslation("task.field.description"));
        description.setMaxLength(Task.DESCRIPTION_MAX);
        program.setLabel(getTranslation("activity.field.program"));
        program.setItems(programs.running());
        program.setItemLabelGenerator(Program::getTitle);
        program.addValueChangeListener(e -> {
            workStream.setItems(e.getValue() == null ? List.of() : programs.workStreams(e.getValue().getId()));
            activity.setItems(e.getValue() == null ? List.of() : activities.dated(e.getValue().getPeriodStart(), e.getValue().getPeriodEnd(),
                    new ActivityFilter(e.getValue().getId(), null, null, null, null)).stream().filter(a -> a.status().isOpen()).toList());
        });
        activity.setLabel(getTranslation("task.field.activity"));
        activity.setItemLabelGenerator(a -> DateFormats.date(a.startsAt().toLocalDate(), getLocale()) + " " + a.title());
        activity.setClearButtonVisible(true);
        program.setReadOnly(!isNew);
        workStream.setLabel(getTranslation("activity.field.workStream"));
        workStream.setItemLabelGenerator(WorkStream::getName);
        workStream.setClearButtonVisible(true);
        leads.setLabel(getTranslation(isNew ? "task.field.leads" : "task.field.lead"));
        leads.setHelperText(isNew ? getTranslation("task.help.leads") : null);
        // tasks are assigned to institutions the planner reaches (its area's); anyone may cooperate
        leads.setItems(q -> institutions.lookup(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        leads.setItemLabelGenerator(InstitutionSummary::label);
        leads.setReadOnly(!isNew);
        cooperators.setLabel(getTranslation("task.field.cooperators"));
        cooperators.setItems(q -> institutions.lookupAll(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        cooperators.setItemLabelGenerator(InstitutionSummary::label);
        responsiblePerson.setLabel(getTranslation("task.field.responsiblePerson"));
        department.setLabel(getTranslation("task.field.department"));
        department.setItemLabelGenerator(Department::getName);
        department.setClearButtonVisible(true);
        department.setHelperText(getTranslation("task.help.department"));
        leads.addValueChangeListener(e -> {
            List<Department> offered = e.getValue().size() == 1 ? departments.active(e.getValue().iterator().next().id()) : List.of();
            Long chosen = department.getValue() == null ? original.getDepartmentId() : department.getValue().getId();
            department.setItems(offered);
            department.setValue(offered.stream().filter(d -> d.getId().equals(chosen)).findFirst().orElse(null));
            department.setEnabled(!offered.isEmpty());
        });
        department.setEnabled(false);
        dueDate.setLabel(getTranslation("task.field.dueDate"));
        if (isNew) {
            dueDate.setMin(LocalDate.now());
        }
        priority.setLabel(getTranslation("task.field.priority"));
        priority.setItems(TaskPriority.values());
        priority.setItemLabelGenerator(p -> getTranslation(p.messageKey()));

        String required = getTranslation("validation.required");
        binder.forField(title).asRequired(required).bind(Task::getTitle, Task::setTitle);
        binder.forField(description).bind(Task::getDescription, Task::setDescription);
        binder.forField(program).asRequired(required)
                .bind(t -> programs.find(t.getProgramId()).orElse(null), (t, p) -> t.setProgramId(p.getId()));
        binder.forField(workStream).bind(t -> workStream.getListDataView().getItems().filter(s -> s.getId().equals(t.getWorkStreamId()))
                .findFirst().orElse(null), (t, s) -> t.setWorkStreamId(s == null ? null : s.getId()));
        binder.forField(cooperators)
                .withValidator(chosen -> chosen.stream().noneMatch(leads.getValue()::contains), getTranslation("task.error.leadCooperates"))
                .bind(t -> institutions.summariesOf(t.cooperatorIds()),
                        (t, chosen) -> t.setCooperatorIds(chosen.stream().map(InstitutionSummary::id).collect(Collectors.toSet())));
        binder.forField(responsiblePerson).bind(Task::getResponsiblePerson, Task::setResponsiblePerson);
        binder.forField(department).bind(t -> department.getValue(), (t, d) -> t.setDepartmentId(d == null ? null : d.getId()));
        binder.forField(dueDate).asRequired(required)
                .withValidator(d -> !isNew || !d.isBefore(LocalDate.now()), getTranslation("task.error.dueInPast"))
                .bind(Task::getDueDate, Task::setDueDate);
        binder.forField(priority).asRequired(required).bind(Task::getPriority, Task::setPriority);
        binder.forField(activity).bind(t -> activity.getListDataView().getItems().filter(a -> Long.valueOf(a.id()).equals(t.getActivityId()))
                .findFirst().orElse(null), (t, a) -> t.setActivityId(a == null ? null : a.id()));
        formErrors.bind("title", title).bind("programId", program).bind("workStreamId", workStream).bind("leadInstitutionId", leads)
                .bind("cooperators", cooperators).bind("dueDate", dueDate)
                .bind("departmentId", department);
        binder.readBean(original);
        if (!isNew) {
            leads.setValue(institutions.summariesOf(java.util.Collections.singletonList(original.getLeadInstitutionId())));
        }

        FormLayout form = new FormLayout(title, program, workStream, leads, cooperators, department, responsiblePerson, dueDate, priority, activity,
                description);
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        add(conflict, form);
        save.setText(getTranslation(isNew ? "task.assign" : "action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    void save() {
        Task edited = original.copy();
        boolean valid = binder.writeBeanIfValid(edited);
        if (original.isNew() && leads.getValue().isEmpty()) {
            leads.setErrorMessage(getTranslation("validation.required"));
            leads.setInvalid(true);
            valid = false;
        }
        if (!valid) {
            return;
        }
        FormSave.run(() -> {
            Set<Long> leadIds = leads.getValue().stream().map(InstitutionSummary::id).collect(Collectors.toSet());
            Task saved = original.isNew() ? tasks.assign(edited, leadIds) : tasks.update(edited);
            Notification.show(getTranslation("task.saved", saved.getTitle())).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            close();
            onSaved.accept(saved);
        }, formErrors::show, () -> conflict.show(save));
    }
}
