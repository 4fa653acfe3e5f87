package com.programdesk.team.ui;

import com.programdesk.base.ui.DecimalField;
import com.programdesk.base.ui.FormErrors;
import com.programdesk.base.ui.FormSave;
import com.programdesk.team.domain.Assignment;
import com.programdesk.team.domain.AssignmentRow;
import com.programdesk.team.service.StaffingService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;

/** Corrects the hours one member served on a done activity; more than the activity lasted needs a note. */
class HoursDialog extends Dialog {

    final DecimalField hours = new DecimalField(BigDecimal.ZERO, Assignment.HOURS_MAX, 1);
    final TextField note = new TextField();
    final Button save = new Button();

    HoursDialog(StaffingService staffing, AssignmentRow row, Runnable done) {
        setHeaderTitle(getTranslation("staffing.correctHoursOf", row.memberName()));
        hours.setLabel(getTranslation("hours.column.hours"));
        hours.setValue(row.hours());
        note.setLabel(getTranslation("staffing.hoursNote"));
        note.setMaxLength(Assignment.NOTE_MAX);
        note.setValue(row.hoursNote() == null ? "" : row.hoursNote());
        note.setWidthFull();
        add(hours, note);
        FormErrors errors = new FormErrors().bind("hours", hours).bind("note", note);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (!hours.check(true)) {
                return;
            }
            FormSave.run(() -> {
                staffing.correctHours(row.id(), row.version(), hours.getValue(), note.getValue());
                close();
                done.run();
            }, ex -> errors.show(ex, Assignment.NOTE_MAX), () -> {
                Notification.show(getTranslation("error.conflict")).addThemeVariants(NotificationVariant.LUMO_ERROR);
                close();
                done.run();
            });
        });
        getFooter().add(new Button(getTranslation("action.cancel"), ev -> close()), save);
    }
}
