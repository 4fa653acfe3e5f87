package com.programdesk.base.ui;

import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Column-sized length limits on text inputs. The field's own length check runs before any
 * Binder validator, so it needs the localized message too, or the user sees an empty error.
 */
public final class FieldLimits {

    private FieldLimits() {
    }

    public static TextField maxLength(TextField field, int max) {
        field.setMaxLength(max);
        field.setI18n(new TextField.TextFieldI18n().setMaxLengthErrorMessage(field.getTranslation("validation.maxLength", max)));
        return field;
    }

    public static PasswordField maxLength(PasswordField field, int max) {
        field.setMaxLength(max);
        field.setI18n(new PasswordField.PasswordFieldI18n().setMaxLengthErrorMessage(field.getTranslation("validation.maxLength", max)));
        return field;
    }
}
