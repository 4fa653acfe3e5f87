package com.programdesk.base.domain;

import java.util.Locale;

/** Texts kept as data in both UI languages (catalog names, units): Chinese unless the user reads English. */
public final class Localized {

    private Localized() {
    }

    public static String pick(Locale locale, String zh, String en) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        return english && en != null && !en.isBlank() ? en : zh;
    }
}
