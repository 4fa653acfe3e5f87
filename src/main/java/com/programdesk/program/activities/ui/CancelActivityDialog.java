package com.programdesk.program.activities.ui;

import com.programdesk.base.ui.FormErrors;
import com.programdesk.base.ui.FormSave;
import com.programdesk.program.activities.domain.Activity;
import com.programdesk.program.activities.service.ActivityService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;

/** Cancels an activity; a reason is required and kept with the step. */
class CancelActivityDialog extends Dialog {

    final TextArea reason = new TextArea();
    final Button cancelActivity = new Button();

    CancelActivityDialog(ActivityService activities, Activity activity, Runnable onCancelled) {
        setHeaderTitle(getTranslation("activity.cancel.title", activity.getTitle()));
        setWidth("min(32rem, 95vw)");
        reason.setLabel(getTranslation("activity.field.cancelReason"));
        reason.setMaxLength(Activity.CANCEL_REASON_MAX);
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        add(reason);
        FormErrors errors = new FormErrors().bind("cancelReason", reason);
        cancelActivity.setText(getTranslation("activity.action.cancel"));
        cancelActivity.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        cancelActivity.addClickListener(e -> {
            FormSave.run(() -> {
                activities.cancel(activity, reason.getValue());
                Notification.show(getTranslation("activity.cancelled", activity.getTitle()));
                close();
                onCancelled.run();
            }, errors::show, () -> Notification.show(getTranslation("error.conflict"), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR));
        });
        getFooter().add(new Button(getTranslation("action.close"), e -> close()), cancelActivity);
    }
}
