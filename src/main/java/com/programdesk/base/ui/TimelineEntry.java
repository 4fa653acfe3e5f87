package com.programdesk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDateTime;

/** One step on a record's timeline: when, who, what happened, and its note if any. */
public class TimelineEntry extends Div {

    private final Div head;

    public TimelineEntry(LocalDateTime when, String actor, String what, String detail) {
        Span time = new Span(DateFormats.dateTimeToMinute(when, getLocale()));
        time.addClassName("secondary");
        Span kind = new Span(what);
        kind.addClassName("timeline-kind");
        head = new Div(time, new Span(actor), kind);
        head.addClassName("timeline-head");
        add(head);
        if (detail != null) {
            add(new Paragraph(detail));
        }
        addClassName("timeline-item");
    }

    /** Adds something to the entry's first line, e.g. a verdict badge. */
    public TimelineEntry withHeadPart(Component part) {
        head.add(part);
        return this;
    }
}
