package com.programdesk.statistics.catalog.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * What one value of a data element is. All are stored as whole numbers: a yes/no as 1/0 (so a sum
 * counts the yes), a percentage in hundredths (12.5 % is stored as 1250). In expressions (indicators,
 * rules) a value is the element's number: yes = 1, a percentage as a percentage ({@link #number}).
 */
public enum ValueType {
    WHOLE_NUMBER, PERCENTAGE, YES_NO;

    /** The largest stored percentage: 100 % in hundredths. */
    public static final long PERCENT_MAX = 10_000;

    /** The types the element editor offers. */
    public static List<ValueType> offered() {
        return List.of(WHOLE_NUMBER, PERCENTAGE, YES_NO);
    }

    /**
     * The aggregations that make sense for the type: a percentage is averaged (a sum of percentages means nothing;
     * the last value in the period is kept for stocks such as a population, which the dashboard reads as the area's
     * figure), a yes/no is summed (the number of yes) or averaged (the share of yes), a whole number any.
     */
    public List<Aggregation> aggregations() {
        return switch (this) {
            case WHOLE_NUMBER -> List.of(Aggregation.SUM, Aggregation.AVERAGE, Aggregation.LATEST);
            case PERCENTAGE -> List.of(Aggregation.AVERAGE);
            case YES_NO -> List.of(Aggregation.SUM, Aggregation.AVERAGE);
        };
    }

    public boolean allows(Aggregation aggregation) {
        return aggregations().contains(aggregation);
    }

    /** Whether a stored value is one this type can hold (a yes/no 0 or 1, a percentage 0–100 %); negatives are the rules' concern. */
    public boolean holds(long stored) {
        return switch (this) {
            case WHOLE_NUMBER -> true;
            case PERCENTAGE -> stored <= PERCENT_MAX;
            case YES_NO -> stored == 0 || stored == 1;
        };
    }

    /** The element's number of a stored (or aggregated stored) value: a percentage's hundredths as a percentage. */
    public BigDecimal number(BigDecimal stored) {
        return this == PERCENTAGE ? stored.movePointLeft(2) : stored;
    }

    /** A percentage's stored hundredths as typed back: 1250 → "12.5", 1200 → "12"; other types as they are. */
    public static String percentText(long hundredths) {
        return BigDecimal.valueOf(hundredths).movePointLeft(2).setScale(2, RoundingMode.UNNECESSARY).stripTrailingZeros().toPlainString();
    }

    public String messageKey() {
        return "dataElement.valueType." + name();
    }
}
