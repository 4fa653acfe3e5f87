package com.programdesk.statistics.dashboard.domain;

import com.programdesk.statistics.catalog.domain.Indicator;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One indicator value as its reader may see it: the value with the counts it comes from, nothing
 * (no approved data, or nothing to divide by), withheld because a count behind it is too small
 * to show this reader (then neither the value nor the counts are here), or not computed because the
 * denominator is missing: counts were reported but the population of the same area and year (or any
 * denominator at all, for an institution's rate per population) is not known, and a rate over another
 * area's population would be wrong.
 */
public record Figure(BigDecimal value, BigDecimal numerator, BigDecimal denominator, boolean suppressed, boolean denominatorMissing) {

    public static final Figure NONE = new Figure(null, null, null, false, false);
    public static final Figure SUPPRESSED = new Figure(null, null, null, true, false);
    public static final Figure DENOMINATOR_MISSING = new Figure(null, null, null, false, true);

    public static Figure of(Indicator indicator, BigDecimal numerator, BigDecimal denominator) {
        if (numerator == null) {
            return NONE;
        }
        if (indicator.isRate() && denominator == null) {
            return DENOMINATOR_MISSING;
        }
        Optional<BigDecimal> value = indicator.valueOf(numerator, denominator);
        return value.map(v -> new Figure(v, numerator, denominator, false, false)).orElse(NONE);
    }

    public boolean hasValue() {
        return value != null;
    }
}
