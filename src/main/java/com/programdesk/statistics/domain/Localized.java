package com.programdesk.statistics.domain;

import java.util.Locale;

/** Catalog texts are data, kept in both UI languages; Chinese unless the user reads English. */
public final class Localized {

    private Localized() {
    }

    public static String pick(Locale locale, String zh, String en) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        return english && en != null && !en.isBlank() ? en : zh;
    }
}
