package com.programdesk.base.ui;

import com.programdesk.base.service.InvalidFieldException;
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

    /** Shows the message at its field, or as a notification when no field on the form matches. */
    public void show(InvalidFieldException e, Object... args) {
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
