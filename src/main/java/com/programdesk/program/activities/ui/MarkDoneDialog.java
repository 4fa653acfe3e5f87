package com.programdesk.program.activities.ui;

import com.programdesk.base.ui.CountField;
import com.programdesk.base.ui.FormErrors;
import com.programdesk.base.ui.FormSave;
import com.programdesk.program.activities.domain.Activity;
import com.programdesk.program.activities.service.ActivityService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;

/** Logs that an activity took place: how many came, and what came of it. */
public class MarkDoneDialog extends Dialog {

    public final CountField actualAttendance = new CountField(0, Activity.ATTENDANCE_MAX);
    public final TextArea outcomeNote = new TextArea();
    public final Button done = new Button();

    MarkDoneDialog(ActivityService activities, Activity activity, Runnable onDone) {
        setHeaderTitle(getTranslation("activity.markDone.title", activity.getTitle()));
        setWidth("min(32rem, 95vw)");
        actualAttendance.setLabel(getTranslation("activity.field.actualAttendance"));
        actualAttendance.setRequiredIndicatorVisible(true);
        outcomeNote.setLabel(getTranslation("activity.field.outcomeNote"));
        outcomeNote.setMaxLength(Activity.OUTCOME_NOTE_MAX);
        outcomeNote.setRequiredIndicatorVisible(true);
        outcomeNote.setWidthFull();
        add(new FormLayout(actualAttendance, outcomeNote));
        FormErrors errors = new FormErrors().bind("actualAttendance", actualAttendance).bind("outcomeNote", outcomeNote)
                .bind("startsAt", actualAttendance);
        done.setText(getTranslation("activity.action.done"));
        done.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        done.addClickListener(e -> {
            if (!actualAttendance.check(false)) {
                return;
            }
            FormSave.run(() -> {
                activities.markDone(activity, actualAttendance.getValue(), outcomeNote.getValue());
                Notification.show(getTranslation("activity.markedDone", activity.getTitle())).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                close();
                onDone.run();
            }, errors::show, () -> Notification.show(getTranslation("error.conflict"), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR));
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), done);
    }
}
