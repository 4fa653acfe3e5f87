package com.programdesk.statistics.dashboard.service;

import com.programdesk.statistics.catalog.domain.Aggregation;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.Map;

/**
 * A sum of approved values and how many values it adds up (reporters of stat_total and stat_area_total, periods of
 * stat_fact_year, one per fact): a SUM element's value is the sum, an AVERAGE element's the sum divided by the count
 * (over several periods, institutions or areas alike), a stock's the value itself.
 */
record Tally(BigDecimal total, long count) {

    static Tally of(BigDecimal value) {
        return new Tally(value, 1);
    }

    Tally plus(Tally other) {
        return new Tally(total.add(other.total), count + other.count);
    }

    /** The element's value by its aggregation; null for an average of nothing. */
    BigDecimal value(Aggregation aggregation) {
        if (aggregation != Aggregation.AVERAGE) {
            return total;
        }
        return count == 0 ? null : total.divide(BigDecimal.valueOf(count), MathContext.DECIMAL128);
    }

    /** Each element's value by its aggregation (SUM when unknown), by element id; averages of nothing left out. */
    static Map<Long, BigDecimal> values(Map<Long, Tally> tallies, Map<Long, Aggregation> aggregation) {
        Map<Long, BigDecimal> values = new HashMap<>();
        tallies.forEach((element, tally) -> {
            BigDecimal value = tally.value(aggregation.getOrDefault(element, Aggregation.SUM));
            if (value != null) {
                values.put(element, value);
            }
        });
        return values;
    }
}
