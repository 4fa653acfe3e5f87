package com.programdesk.user.ui;

import com.programdesk.base.ui.FieldLimits;
import com.programdesk.base.ui.FormSave;
import com.programdesk.user.domain.AppUser;
import com.programdesk.user.domain.PasswordPolicy;
import com.programdesk.user.service.UserService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;

/** An administrator sets a new password for a user, e.g. one who forgot it; this also ends a lockout. */
class ResetPasswordDialog extends Dialog {

    final PasswordField password = new PasswordField();

    ResetPasswordDialog(UserService users, AppUser user, Runnable onDone) {
        setHeaderTitle(getTranslation("user.resetPassword.title", user.getUsername()));
        password.setLabel(getTranslation("password.new"));
        password.setHelperText(getTranslation("password.policy", PasswordPolicy.MIN_LENGTH));
        FieldLimits.maxLength(password, PasswordPolicy.MAX_LENGTH);
        password.setWidthFull();
        add(password);
        Button save = new Button(getTranslation("action.save"), e -> {
            FormSave.run(() -> {
                users.resetPassword(user, password.getValue());
                Notification.show(getTranslation("user.resetPassword.done", user.getUsername()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                close();
                onDone.run();
            }, ex -> {
                password.setErrorMessage(getTranslation(ex.messageKey(), PasswordPolicy.MIN_LENGTH));
                password.setInvalid(true);
            }, () -> {
                password.setErrorMessage(getTranslation("error.conflict"));
                password.setInvalid(true);
            });
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
