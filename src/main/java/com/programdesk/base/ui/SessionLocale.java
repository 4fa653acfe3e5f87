package com.programdesk.base.ui;

import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;

/** The language picked in this session, which wins over the one saved with the account. */
public final class SessionLocale {

    private static final String ATTRIBUTE = "programdesk.locale";

    private SessionLocale() {
    }

    /** The language picked in this session, or null when none was. */
    public static Locale chosen(VaadinSession session) {
        return (Locale) session.getAttribute(ATTRIBUTE);
    }

    static void remember(VaadinSession session, Locale locale) {
        session.setAttribute(ATTRIBUTE, locale);
        session.setLocale(locale);
    }
}
