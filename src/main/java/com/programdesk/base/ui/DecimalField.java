package com.programdesk.base.ui;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one field for a number that may have decimals (a target rate, hours served): letters, more
 * decimals than allowed or a value outside [min, max] show the field's message and leave no value;
 * nothing typed is dropped or rounded.
 */
public class DecimalField extends NumberInput<DecimalField, BigDecimal> {

    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d{1,15}(\\.\\d+)?");

    private final int scale;

    public DecimalField(BigDecimal min, BigDecimal max, int scale) {
        super(min, max, "decimal");
        this.scale = scale;
    }

    @Override
    protected Optional<BigDecimal> parse(String text) {
        if (!NUMBER.matcher(text).matches()) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(text);
        return value.scale() > scale ? Optional.empty() : Optional.of(value);
    }

    @Override
    protected String format(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
    }

    @Override
    protected String message(BigDecimal min, BigDecimal max) {
        return getTranslation("validation.decimal", format(min), format(max), scale);
    }
}
