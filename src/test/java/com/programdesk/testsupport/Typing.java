package com.programdesk.testsupport;

import com.vaadin.flow.component.textfield.TextFieldTester;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Text as a user types it into a field, arriving at the server as the browser sends it: a number
 * field built on a text input gets the very characters typed, nothing filtered on the way.
 */
public final class Typing {

    private Typing() {
    }

    public static void type(Component field, String text) {
        Component input = field instanceof Composite<?> ? field.getChildren().findFirst().orElseThrow() : field;
        if (input instanceof TextField textField) {
            new TextFieldTester<>(textField).setValue(text);
        } else {
            // a Vaadin number field: the browser sends its input's text as the value property
            input.getElement().setProperty("value", text);
        }
    }
}
