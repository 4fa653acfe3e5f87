package com.programdesk.user.ui;

import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.base.ui.FieldLimits;
import com.programdesk.user.domain.PasswordPolicy;
import com.programdesk.user.service.UserService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;

/** Lets the logged-in user change their own password. */
public class ChangePasswordDialog extends Dialog {

    private final PasswordField current = new PasswordField();
    private final PasswordField next = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final UserService users;

    public ChangePasswordDialog(UserService users) {
        this.users = users;
        setHeaderTitle(getTranslation("password.change.title"));
        current.setLabel(getTranslation("password.current"));
        next.setLabel(getTranslation("password.new"));
        next.setHelperText(getTranslation("password.policy", PasswordPolicy.MIN_LENGTH));
        repeat.setLabel(getTranslation("password.repeat"));
        for (PasswordField field : new PasswordField[] {current, next, repeat}) {
            field.setRequiredIndicatorVisible(true);
            FieldLimits.maxLength(field, PasswordPolicy.MAX_LENGTH);
            field.setWidthFull();
        }
        add(new FormLayout(current, next, repeat));
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void save() {
        clearErrors();
        if (current.isEmpty()) {
            fail(current, "validation.required");
            return;
        }
        if (!next.getValue().equals(repeat.getValue())) {
            fail(repeat, "password.error.mismatch");
            return;
        }
        try {
            users.changeOwnPassword(current.getValue(), next.getValue());
            Notification.show(getTranslation("password.change.done")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            close();
        } catch (InvalidFieldException e) {
            fail("currentPassword".equals(e.field()) ? current : next, e.messageKey());
        }
    }

    private void fail(PasswordField field, String key) {
        field.setErrorMessage(getTranslation(key, PasswordPolicy.MIN_LENGTH));
        field.setInvalid(true);
    }

    private void clearErrors() {
        for (PasswordField field : new PasswordField[] {current, next, repeat}) {
            field.setInvalid(false);
        }
    }
}
