package com.programdesk.task.ui;

import com.programdesk.base.ui.FieldLimits;
import com.programdesk.base.ui.FormErrors;
import com.programdesk.base.ui.FormSave;
import com.programdesk.institution.domain.Department;
import com.programdesk.institution.service.DepartmentService;
import com.programdesk.task.domain.Task;
import com.programdesk.task.service.TaskService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;

/** 科室分工: the lead institution gives its task to one of its departments and names the person responsible there. */
class ShareOutDialog extends Dialog {

    final ComboBox<Department> department = new ComboBox<>();
    final TextField responsiblePerson = FieldLimits.maxLength(new TextField(), Task.RESPONSIBLE_MAX);
    final Button save = new Button();

    private final TaskService tasks;
    private final Task task;
    private final Runnable onSaved;
    private final FormErrors formErrors = new FormErrors();

    ShareOutDialog(TaskService tasks, DepartmentService departments, Task task, Runnable onSaved) {
        this.tasks = tasks;
        this.task = task;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation("task.action.shareOut"));
        setWidth("min(32rem, 95vw)");
        List<Department> offered = departments.active(task.getLeadInstitutionId());
        department.setLabel(getTranslation("task.field.department"));
        department.setItems(offered);
        department.setItemLabelGenerator(Department::getName);
        department.setClearButtonVisible(true);
        department.setValue(offered.stream().filter(d -> d.getId().equals(task.getDepartmentId())).findFirst().orElse(null));
        if (offered.isEmpty()) {
            department.setHelperText(getTranslation("task.help.noDepartments"));
        }
        responsiblePerson.setLabel(getTranslation("task.field.responsiblePerson"));
        responsiblePerson.setValue(task.getResponsiblePerson() == null ? "" : task.getResponsiblePerson());
        formErrors.bind("departmentId", department).bind("responsiblePerson", responsiblePerson);
        add(new FormLayout(department, responsiblePerson));
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    void save() {
        FormSave.run(() -> {
            tasks.shareOut(task, department.getValue() == null ? null : department.getValue().getId(), responsiblePerson.getValue());
            Notification.show(getTranslation("task.done.sharedOut")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            close();
            onSaved.run();
        }, formErrors::show, () -> Notification.show(getTranslation("error.conflict")));
    }
}
