package com.programdesk.task.ui;

import com.programdesk.base.ui.CountField;
import com.programdesk.base.ui.FormErrors;
import com.programdesk.base.ui.FormSave;
import com.programdesk.task.domain.Task;
import com.programdesk.task.domain.TaskEntry;
import com.programdesk.task.service.TaskService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;

/** The lead institution reports how far it has come: a percentage and what was done. */
class ProgressDialog extends Dialog {

    final CountField percent = new CountField(0, 100);
    final TextArea text = new TextArea();
    final Button report = new Button();

    ProgressDialog(TaskService tasks, Task task, Runnable done) {
        setHeaderTitle(getTranslation("task.action.progress"));
        setWidth("min(32rem, 95vw)");
        percent.setLabel(getTranslation("task.field.progress"));
        percent.setValue(task.getProgressPercent());
        percent.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
        text.setLabel(getTranslation("task.field.progressText"));
        text.setMaxLength(TaskEntry.TEXT_MAX);
        text.setRequiredIndicatorVisible(true);
        text.setWidthFull();
        add(new FormLayout(percent, text));
        FormErrors errors = new FormErrors().bind("percent", percent).bind("text", text);
        report.setText(getTranslation("task.action.progress"));
        report.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        report.addClickListener(e -> {
            if (!percent.check(true)) {
                return;
            }
            FormSave.run(() -> {
                tasks.reportProgress(task, percent.getValue(), text.getValue());
                close();
                done.run();
                com.programdesk.base.ui.StepDone.show(getTranslation("task.done.progress", percent.getValue()));
            }, errors::show, () -> {
                Notification.show(getTranslation("error.conflict"), 6000, Notification.Position.MIDDLE);
                close();
                done.run();
            });
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), report);
    }
}
