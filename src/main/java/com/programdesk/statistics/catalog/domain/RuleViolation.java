package com.programdesk.statistics.catalog.domain;

import com.programdesk.base.domain.Localized;
import java.util.Locale;

/**
 * A value that fails a check, shown at the element's row. Built-in checks (missing, negative)
 * carry an i18n key; a form's own rules carry their text from the catalog.
 */
public record RuleViolation(String elementCode, Severity severity, String ruleCode, String messageKey,
                            String messageZh, String messageEn) {

    public static RuleViolation builtIn(String elementCode, String messageKey) {
        return new RuleViolation(elementCode, Severity.ERROR, null, messageKey, null, null);
    }

    public static RuleViolation of(ValidationRule rule, String elementCode) {
        return new RuleViolation(elementCode, rule.severity(), rule.code(), null, rule.messageZh(), rule.messageEn());
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The catalog text, or null for built-in checks, which the UI translates from {@link #messageKey()}. */
    public String catalogMessage(Locale locale) {
        return messageKey != null ? null : Localized.pick(locale, messageZh, messageEn);
    }
}
