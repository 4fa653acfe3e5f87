package com.programdesk.base.ui;

import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.base.service.InvalidFieldsException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.HashMap;
import java.util.Map;

/** Puts a service's refusal next to the field it concerns. */
public final class FormErrors {

    private final Map<String, HasValidation> fields = new HashMap<>();

    public FormErrors bind(String field, HasValidation component) {
        fields.put(field, component);
        return this;
    }

    /**
     * Shows the message at its field, or as a notification when no field on the form matches. Several fields'
     * problems ({@link InvalidFieldsException}) are shown each at its field, the earlier marks cleared, the first focused.
     */
    public void show(InvalidFieldException e, Object... args) {
        if (e instanceof InvalidFieldsException several) {
            fields.values().forEach(f -> f.setInvalid(false));
            java.util.List<InvalidFieldException> problems = several.problems();
            for (int i = problems.size() - 1; i >= 0; i--) {
                show(problems.get(i), args);
            }
            return;
        }
        HasValidation field = fields.get(e.field());
        Component any = (Component) fields.values().stream().findFirst().orElse(null);
        String text = any == null ? e.messageKey() : any.getTranslation(e.messageKey(), args);
        if (field == null) {
            Notification.show(text, 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        field.setErrorMessage(text);
        field.setInvalid(true);
        if (field instanceof com.vaadin.flow.component.Focusable<?> focusable) {
            focusable.focus();
        }
    }
}
