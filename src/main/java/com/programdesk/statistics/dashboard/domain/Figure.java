package com.programdesk.statistics.dashboard.domain;

import com.programdesk.statistics.catalog.domain.Indicator;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One indicator value as its reader may see it: the value with the counts it comes from, nothing
 * (no approved data, or nothing to divide by), or withheld because a count behind it is too small
 * to show this reader (then neither the value nor the counts are here).
 */
public record Figure(BigDecimal value, BigDecimal numerator, BigDecimal denominator, boolean suppressed) {

    public static final Figure NONE = new Figure(null, null, null, false);
    public static final Figure SUPPRESSED = new Figure(null, null, null, true);

    public static Figure of(Indicator indicator, BigDecimal numerator, BigDecimal denominator) {
        if (numerator == null || (indicator.isRate() && denominator == null)) {
            return NONE;
        }
        Optional<BigDecimal> value = indicator.valueOf(numerator, denominator);
        return value.map(v -> new Figure(v, numerator, denominator, false)).orElse(NONE);
    }

    public boolean hasValue() {
        return value != null;
    }
}
