package com.programdesk.user.ui;

import com.programdesk.user.domain.AppUser;
import com.vaadin.flow.component.textfield.EmailField;

/** The e-mail address field of the profile, the user editor and 忘记密码: its own checks speak our language too. */
final class EmailFields {

    private EmailFields() {
    }

    static EmailField create() {
        EmailField field = new EmailField();
        field.setLabel(field.getTranslation("email.field"));
        field.setMaxLength(AppUser.EMAIL_MAX);
        field.setI18n(new EmailField.EmailFieldI18n()
                .setPatternErrorMessage(field.getTranslation("email.error.format"))
                .setMaxLengthErrorMessage(field.getTranslation("validation.maxLength", AppUser.EMAIL_MAX))
                .setRequiredErrorMessage(field.getTranslation("validation.required")));
        return field;
    }
}
