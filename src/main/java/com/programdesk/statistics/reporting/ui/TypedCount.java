package com.programdesk.statistics.reporting.ui;

import com.programdesk.statistics.catalog.domain.ReportRules;
import com.programdesk.statistics.catalog.domain.TypedValue;
import com.programdesk.statistics.reporting.domain.ReportCell;
import java.util.regex.Pattern;

/**
 * A value as typed into the entry grid: empty, a whole number (or a percentage, {@link #readPercent}), or text that is not one, with the
 * message to show at its row. Full-width digits (from a Chinese input method) and thousands
 * separators are read as the number they mean.
 */
record TypedCount(Long value, String errorKey) {

    static final String NOT_AN_INTEGER = "report.error.integer";
    static final String NOT_A_PERCENTAGE = "report.error.percentNumber";
    static final String PERCENT_DECIMALS = "report.error.percentDecimals";
    static final String PERCENT_RANGE = "report.error.percentRange";
    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d+");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+");

    static TypedCount read(String text) {
        String typed = halfWidth(text == null ? "" : text).strip();
        if (typed.isEmpty()) {
            return new TypedCount(null, null);
        }
        if (GROUPED.matcher(typed).matches()) {
            typed = typed.replace(",", "");
        }
        if (!WHOLE.matcher(typed).matches()) {
            return new TypedCount(null, NOT_AN_INTEGER);
        }
        if (typed.startsWith("-") && !typed.matches("-0+")) {
            return new TypedCount(null, ReportRules.NEGATIVE);
        }
        String digits = typed.replaceFirst("^[+-]", "");
        if (digits.length() > 10 || Long.parseLong(digits) > ReportCell.VALUE_MAX) {
            return new TypedCount(null, "statistics.error.tooLarge");
        }
        return new TypedCount(Long.parseLong(digits), null);
    }

    /** A percentage as typed ({@code 12.5}, {@code 12.5%}): 0–100, at most two decimals, in hundredths. */
    static TypedCount readPercent(String text) {
        TypedValue typed = TypedValue.percent(text);
        if (typed.isReadable()) {
            return new TypedCount(typed.stored(), null);
        }
        return new TypedCount(null, switch (typed.refusal()) {
            case DECIMALS -> PERCENT_DECIMALS;
            case RANGE -> PERCENT_RANGE;
            default -> NOT_A_PERCENTAGE;
        });
    }

    boolean isReadable() {
        return errorKey == null;
    }

    private static String halfWidth(String text) {
        StringBuilder result = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c >= '０' && c <= '９') {
                result.append((char) (c - '０' + '0'));
            } else if (c == '，') {
                result.append(',');
            } else if (c == '－') {
                result.append('-');
            } else if (c == '　') {
                result.append(' ');
            } else {
                result.append(c);
            }
        }
        return result.toString();
    }
}
