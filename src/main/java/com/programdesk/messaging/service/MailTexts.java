package com.programdesk.messaging.service;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The portal's translations ({@code vaadin-i18n/translations*.properties}, the same bundles the pages use)
 * for messages written where no page is open: a background job, in the recipient's language.
 */
final class MailTexts {

    private static final String BUNDLE = "vaadin-i18n.translations";
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;
    private final Locale locale;

    MailTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, MailTexts.class.getClassLoader(), NO_FALLBACK);
    }

    /** Chinese unless the user chose English. */
    static MailTexts forTag(String languageTag) {
        boolean english = languageTag != null && languageTag.toLowerCase(Locale.ROOT).startsWith("en");
        return new MailTexts(english ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
    }

    String get(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    Locale locale() {
        return locale;
    }
}
