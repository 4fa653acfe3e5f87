package com.programdesk.statistics.catalog.domain;

import com.programdesk.base.domain.Localized;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** A check of a form's values, with its own message in both languages. Elements are named by code. */
public record ValidationRule(String code, RuleKind kind, Severity severity, List<String> left, List<String> right,
                             BigDecimal factor, String messageZh, String messageEn) {

    public ValidationRule {
        left = List.copyOf(left);
        right = List.copyOf(right);
    }

    public String message(Locale locale) {
        return Localized.pick(locale, messageZh, messageEn);
    }
}
