package com.programdesk.supervision.findings.ui;

import com.programdesk.base.ui.FormErrors;
import com.programdesk.base.ui.FormSave;
import com.programdesk.base.service.DateInput;
import com.programdesk.base.ui.LocalizedDatePicker;
import com.programdesk.base.ui.StepDone;
import com.programdesk.supervision.findings.domain.Correction;
import com.programdesk.supervision.findings.domain.Finding;
import com.programdesk.supervision.findings.service.FindingService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.time.LocalDate;

/** "转为督导问题": the bureau turns a self-found finding into a supervised one, with its due date and why. */
class SuperviseDialog extends Dialog {

    final LocalizedDatePicker dueDate = new LocalizedDatePicker();
    final TextArea reason = new TextArea();
    final Button confirm = new Button();

    SuperviseDialog(FindingService findings, Finding finding, Clock clock, Runnable done) {
        setHeaderTitle(getTranslation("finding.action.supervise"));
        setWidth("min(32rem, 95vw)");
        LocalDate today = LocalDate.now(clock);
        dueDate.setLabel(getTranslation("finding.field.dueDate"));
        dueDate.setRequiredIndicatorVisible(true);
        dueDate.setRange(today, DateInput.latest(clock));
        dueDate.setValue(finding.getSeverity() == null ? today.plusDays(15) : finding.getSeverity().defaultDueDate(today));
        reason.setLabel(getTranslation("finding.field.superviseReason"));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(Correction.NOTE_MAX);
        reason.setWidthFull();
        add(dueDate, reason);
        FormErrors errors = new FormErrors().bind("dueDate", dueDate).bind("reason", reason);
        confirm.setText(getTranslation("finding.action.supervise"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> FormSave.run(() -> {
            findings.supervise(finding, dueDate.getValue(), reason.getValue());
            close();
            done.run();
            StepDone.show(getTranslation("finding.done.supervised"));
        }, ex -> errors.show(ex, Correction.NOTE_MAX), () -> {
            Notification.show(getTranslation("error.conflict"), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            close();
            done.run();
        }));
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }

}
