package com.programdesk.base.ui;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one field for a whole count (people, members, scores, days): a decimal, a negative number
 * below the minimum, letters or an absurd size show "enter a whole number from min to max" at the
 * field, and the field has no value; nothing typed is dropped or rounded.
 */
public class CountField extends NumberInput<CountField, Integer> {

    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d{1,10}");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+");

    public CountField(int min, int max) {
        super(min, max, "numeric");
    }

    @Override
    protected Optional<Integer> parse(String text) {
        String digits = GROUPED.matcher(text).matches() ? text.replace(",", "") : text;
        if (!WHOLE.matcher(digits).matches()) {
            return Optional.empty();
        }
        long value = Long.parseLong(digits);
        return value < Integer.MIN_VALUE || value > Integer.MAX_VALUE ? Optional.empty() : Optional.of((int) value);
    }

    @Override
    protected String format(Integer value) {
        return value.toString();
    }

    @Override
    protected String message(Integer min, Integer max) {
        return getTranslation("validation.wholeNumber", min, max);
    }
}
