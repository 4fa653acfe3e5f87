package com.programdesk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** The labelled facts at the top of a record's page (program, due date, institution …), side by side. */
public class Facts extends Div {

    public Facts() {
        addClassName("task-facts");
    }

    /** Adds one fact: a translated label above its value. */
    public Facts add(String labelKey, String value) {
        return add(labelKey, new Span(value));
    }

    public Facts add(String labelKey, Component value) {
        Div fact = new Div(new Span(getTranslation(labelKey)), value);
        fact.addClassName("task-fact");
        add(fact);
        return this;
    }
}
