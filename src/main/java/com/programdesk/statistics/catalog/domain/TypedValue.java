package com.programdesk.statistics.catalog.domain;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * A yes/no or a percentage as a person types it (the entry grid) or a file holds it (the import), read into
 * what is stored: a yes/no as 1/0, a percentage in hundredths. Whole numbers keep their own readers (the grid's
 * and the import's), which this does not replace.
 */
public record TypedValue(Long stored, Refusal refusal) {

    /** Why a text is not a value of the type. */
    public enum Refusal {
        /** Not a number at all ({@code abc}). */
        NOT_A_NUMBER,
        /** More than two decimals ({@code 12.345}). */
        DECIMALS,
        /** Below 0 or above 100 ({@code 101}). */
        RANGE,
        /** Not one of 是/否/yes/no/1/0. */
        NOT_YES_NO
    }

    private static final Set<String> YES = Set.of("是", "yes", "y", "1", "true", "有");
    private static final Set<String> NO = Set.of("否", "no", "n", "0", "false", "无");

    public static TypedValue empty() {
        return new TypedValue(null, null);
    }

    public boolean isReadable() {
        return refusal == null;
    }

    /** 是/否/yes/no/1/0 (any case, full-width digits too); blank is empty. */
    public static TypedValue yesNo(String text) {
        String typed = plain(text).toLowerCase(Locale.ROOT);
        if (typed.isEmpty()) {
            return empty();
        }
        if (YES.contains(typed)) {
            return new TypedValue(1L, null);
        }
        if (NO.contains(typed)) {
            return new TypedValue(0L, null);
        }
        return new TypedValue(null, Refusal.NOT_YES_NO);
    }

    /** {@code 12.5} or {@code 12.5%} (full-width too): 0–100 with at most two decimals, stored in hundredths; blank is empty. */
    public static TypedValue percent(String text) {
        String typed = plain(text);
        if (typed.endsWith("%")) {
            typed = typed.substring(0, typed.length() - 1).strip();
        }
        if (typed.isEmpty()) {
            return plain(text).isEmpty() ? empty() : new TypedValue(null, Refusal.NOT_A_NUMBER);
        }
        if (!typed.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
            return new TypedValue(null, Refusal.NOT_A_NUMBER);
        }
        BigDecimal number = new BigDecimal(typed);
        if (number.signum() < 0 || number.compareTo(BigDecimal.valueOf(100)) > 0) {
            return new TypedValue(null, Refusal.RANGE);
        }
        if (number.stripTrailingZeros().scale() > 2) {
            return new TypedValue(null, Refusal.DECIMALS);
        }
        return new TypedValue(number.movePointRight(2).longValueExact(), null);
    }

    private static String plain(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    }
}
