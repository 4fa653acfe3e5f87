package com.programdesk.task.ui;

import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.base.ui.DateFormats;
import com.programdesk.base.ui.LocalizedDatePicker;
import com.programdesk.base.ui.SearchField;
import com.programdesk.institution.domain.InstitutionSummary;
import com.programdesk.institution.service.InstitutionService;
import com.programdesk.program.plan.domain.Program;
import com.programdesk.program.activities.service.ActivityService;
import com.programdesk.program.plan.service.ProgramService;
import com.programdesk.security.domain.Role;
import com.programdesk.security.domain.Roles;
import com.programdesk.security.service.CurrentUser;
import com.programdesk.task.domain.TaskFilter;
import com.programdesk.task.domain.TaskRollUp;
import com.programdesk.task.domain.TaskStatus;
import com.programdesk.task.domain.TaskSummary;
import com.programdesk.task.service.CampaignTemplateService;
import com.programdesk.task.service.TaskService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The bureau's task table: every task, filtered by program, institution, state and lateness. */
@Route("tasks")
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.VIEWER})
@Menu(order = 120, title = "nav.tasks", icon = "vaadin:tasks")
class TaskListView extends Div implements HasDynamicTitle {

    private final com.programdesk.institution.service.DepartmentService departments;
    private final TaskService tasks;
    final SearchField search = new SearchField(getTranslation("task.search"), "14rem", this::refresh);
    final ComboBox<Program> program = new ComboBox<>();
    final ComboBox<InstitutionSummary> institution = new ComboBox<>();
    final ComboBox<TaskStatus> status = new ComboBox<>();
    final Checkbox overdueOnly = new Checkbox();
    final DatePicker dueFrom = new LocalizedDatePicker();
    final DatePicker dueTo = new LocalizedDatePicker();
    final Select<String> view = new Select<>();
    final Button extend = new Button();
    final Button remind = new Button();
    final TaskGrid grid;
    private final Div board = new Div();
    private final Clock clock;

    TaskListView(TaskService tasks, ProgramService programs, InstitutionService institutions, CampaignTemplateService templates,
                 ActivityService activities, com.programdesk.institution.service.DepartmentService departments,
                 CurrentUser currentUser, Clock clock) {
        this.departments = departments;
        this.tasks = tasks;
        this.clock = clock;
        this.grid = new TaskGrid(institutions, clock, t -> rollUpLabel(tasks.rollUp(t.id())));
        addClassName("view");
        setSizeFull();
        program.setPlaceholder(getTranslation("activity.field.program"));
        program.setAriaLabel(getTranslation("activity.field.program"));
        program.setItems(programs.running());
        program.setItemLabelGenerator(Program::getTitle);
        institution.setPlaceholder(getTranslation("task.field.institution"));
        institution.setAriaLabel(getTranslation("task.field.institution"));
        institution.setItems(q -> institutions.lookup(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        institution.setItemLabelGenerator(InstitutionSummary::label);
        status.setPlaceholder(getTranslation("task.field.status"));
        status.setAriaLabel(getTranslation("task.field.status"));
        status.setItems(TaskStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        overdueOnly.setLabel(getTranslation("task.filter.overdue"));
        for (ComboBox<?> box : List.of(program, institution, status)) {
            box.setClearButtonVisible(true);
            box.addValueChangeListener(e -> refresh());
        }
        overdueOnly.addValueChangeListener(e -> refresh());
        dueFrom.setPlaceholder(getTranslation("task.filter.dueFrom"));
        dueFrom.setAriaLabel(getTranslation("task.filter.dueFrom"));
        dueTo.setPlaceholder(getTranslation("task.filter.dueTo"));
        dueTo.setAriaLabel(getTranslation("task.filter.dueTo"));
        for (DatePicker picker : List.of(dueFrom, dueTo)) {
            picker.setClearButtonVisible(true);
            picker.setWidth("10rem");
            picker.addValueChangeListener(e -> refresh());
        }

        view.setItems("table", "board");
        view.setItemLabelGenerator(v -> getTranslation("task.view." + v));
        view.setValue("table");
        view.setAriaLabel(getTranslation("task.view.table"));
        view.setWidth("7rem");
        view.addValueChangeListener(e -> refresh());
        Div toolbar = new Div(new H2(getTranslation("nav.tasks")), view, search, program, institution, status, dueFrom, dueTo, overdueOnly);
        toolbar.addClassName("view-toolbar");
        Role role = currentUser.require().role();
        if (role == Role.ADMIN || role == Role.COORDINATOR) {
            Button assign = new Button(getTranslation("task.assign"), VaadinIcon.PLUS.create(),
                    e -> new TaskEditor(tasks, programs, institutions, activities, departments, null, saved ->
                            getUI().ifPresent(ui -> ui.navigate(TaskView.class, saved.getId()))).open());
            assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button fromTemplate = new Button(getTranslation("template.apply"), VaadinIcon.LIST_OL.create(),
                    e -> new ApplyTemplateDialog(templates, activities, clock, this::refresh).open());
            extend.setText(getTranslation("task.bulk.extend"));
            extend.addClickListener(e -> extendSelected(tasks));
            remind.setText(getTranslation("task.bulk.remind"));
            remind.addClickListener(e -> {
                int reminded = tasks.remind(selectedIds());
                Notification.show(getTranslation("task.bulk.reminded", reminded)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            });
            extend.setEnabled(false);
            remind.setEnabled(false);
            grid.setSelectionMode(Grid.SelectionMode.MULTI);
            grid.addSelectionListener(e -> {
                extend.setEnabled(!e.getAllSelectedItems().isEmpty());
                remind.setEnabled(!e.getAllSelectedItems().isEmpty());
            });
            toolbar.add(assign, fromTemplate, extend, remind);
        }
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(TaskView.class, e.getItem().id())));
        board.setSizeFull();
        add(toolbar, grid, board);
        refresh();
    }

    private java.util.Set<Long> selectedIds() {
        return grid.getSelectedItems().stream().map(TaskSummary::id).collect(java.util.stream.Collectors.toSet());
    }

    private void extendSelected(TaskService tasks) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("task.bulk.extend"));
        DatePicker due = new LocalizedDatePicker();
        due.setLabel(getTranslation("task.bulk.newDue"));
        due.setMin(LocalDate.now(clock));
        dialog.add(due);
        Button confirm = new Button(getTranslation("action.save"), e -> {
            try {
                int changed = tasks.extendDueDate(selectedIds(), due.getValue());
                Notification.show(getTranslation("task.bulk.extended", changed, DateFormats.date(due.getValue(), getLocale())))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                dialog.close();
                refresh();
            } catch (InvalidFieldException ex) {
                due.setErrorMessage(getTranslation(ex.messageKey()));
                due.setInvalid(true);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    TaskFilter filter() {
        return new TaskFilter(program.getValue() == null ? null : program.getValue().getId(),
                institution.getValue() == null ? null : institution.getValue().id(), status.getValue(), dueFrom.getValue(), dueTo.getValue(),
                overdueOnly.getValue(), search.getValue());
    }

    void refresh() {
        TaskFilter filter = filter();
        boolean onBoard = "board".equals(view.getValue());
        grid.setVisible(!onBoard);
        board.setVisible(onBoard);
        board.removeAll();
        if (onBoard) {
            board.add(new TaskBoard(tasks, filter, clock, id -> getUI().ifPresent(ui -> ui.navigate(TaskView.class, id))));
            return;
        }
        grid.setItems(q -> grid.withNames(tasks.search(filter, q.getOffset(), q.getLimit())).stream(), q -> tasks.count(filter));
    }

    private String rollUpLabel(TaskRollUp rollUp) {
        return getTranslation("task.rollUp", rollUp.count(TaskStatus.ACCEPTED), rollUp.total(), rollUp.overdue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.tasks") + " | " + getTranslation("app.name");
    }
}
