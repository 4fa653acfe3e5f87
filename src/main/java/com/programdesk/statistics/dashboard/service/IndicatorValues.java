package com.programdesk.statistics.dashboard.service;

import com.programdesk.statistics.catalog.domain.Aggregation;
import com.programdesk.statistics.catalog.domain.Frequency;
import com.programdesk.statistics.catalog.domain.Indicator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Indicator values over a date range from approved reports only: city-wide from the running totals
 * (stat_total), for chosen institutions from the facts (stat_fact). Flows add up the periods that
 * overlap the range (a quarterly survey of July–September counts for a range starting in September);
 * stocks (population) take the newest period starting by the range's end.
 */
@Component
class IndicatorValues {

    private final JdbcClient jdbc;

    IndicatorValues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The city's value; empty when nothing approved covers the range or the denominator is zero. */
    Optional<BigDecimal> city(Indicator indicator, LocalDate from, LocalDate to) {
        Optional<BigDecimal> numerator = cityElement(indicator.numeratorId(), from, to);
        Optional<BigDecimal> denominator = indicator.isRate() ? cityElement(indicator.denominatorId(), from, to) : Optional.empty();
        if (numerator.isEmpty() || (indicator.isRate() && denominator.isEmpty())) {
            return Optional.empty();
        }
        return indicator.valueOf(numerator.get(), denominator.orElse(null));
    }

    /** The value over some institutions together. */
    Optional<BigDecimal> institutions(Indicator indicator, Collection<Long> institutionIds, LocalDate from, LocalDate to) {
        if (institutionIds.isEmpty()) {
            return Optional.empty();
        }
        Optional<BigDecimal> numerator = institutionElement(indicator.numeratorId(), institutionIds, from, to);
        Optional<BigDecimal> denominator = indicator.isRate()
                ? institutionElement(indicator.denominatorId(), institutionIds, from, to) : Optional.empty();
        if (numerator.isEmpty() || (indicator.isRate() && denominator.isEmpty())) {
            return Optional.empty();
        }
        return indicator.valueOf(numerator.get(), denominator.orElse(null));
    }

    /** An indicator's numerator and denominator over a range, of the city ({@code institutionId} null) or one institution. */
    record Counts(BigDecimal numerator, BigDecimal denominator) {
    }

    Counts counts(Indicator indicator, Long institutionId, LocalDate from, LocalDate to) {
        return new Counts(element(indicator.numeratorId(), institutionId, from, to).orElse(null),
                indicator.isRate() ? element(indicator.denominatorId(), institutionId, from, to).orElse(null) : null);
    }

    /**
     * The end of the newest period with approved values of the element that overlaps the range, of
     * the city ({@code institutionId} null) or of one institution.
     */
    Optional<LocalDate> lastPeriodEnd(long elementId, Long institutionId, LocalDate from, LocalDate to) {
        Frequency frequency = frequency(elementId);
        if (institutionId == null) {
            return jdbc.sql("""
                    SELECT MAX(period_start) FROM stat_total WHERE data_element_id = :element AND period_start BETWEEN :from AND :to
                      AND reporters > 0""")
                    .param("element", elementId).param("from", frequency.periodStartOf(from)).param("to", to)
                    .query(LocalDate.class).optional().map(frequency::periodEnd);
        }
        return jdbc.sql("""
                SELECT MAX(period_start) FROM stat_fact WHERE institution_id = :institution AND data_element_id = :element
                  AND period_start BETWEEN :from AND :to""")
                .param("institution", institutionId).param("element", elementId).param("from", frequency.periodStartOf(from))
                .param("to", to).query(LocalDate.class).optional().map(frequency::periodEnd);
    }

    private Optional<BigDecimal> element(long elementId, Long institutionId, LocalDate from, LocalDate to) {
        return institutionId == null ? cityElement(elementId, from, to) : institutionElement(elementId, List.of(institutionId), from, to);
    }

    Optional<BigDecimal> cityElement(long elementId, LocalDate from, LocalDate to) {
        if (aggregation(elementId) == Aggregation.LATEST) {
            return jdbc.sql("""
                    SELECT total FROM stat_total WHERE data_element_id = :element AND period_start <= :to AND reporters > 0
                    ORDER BY period_start DESC LIMIT 1""")
                    .param("element", elementId).param("to", to).query(BigDecimal.class).optional();
        }
        return jdbc.sql("""
                SELECT SUM(total) FROM stat_total WHERE data_element_id = :element AND period_start BETWEEN :from AND :to AND reporters > 0""")
                .param("element", elementId).param("from", frequency(elementId).periodStartOf(from)).param("to", to)
                .query(BigDecimal.class).optional();
    }

    Optional<BigDecimal> institutionElement(long elementId, Collection<Long> institutionIds, LocalDate from, LocalDate to) {
        if (aggregation(elementId) == Aggregation.LATEST) {
            return jdbc.sql("""
                    SELECT SUM(f.value) FROM stat_fact f
                    WHERE f.data_element_id = :element AND f.institution_id IN (:institutions)
                      AND f.period_start = (SELECT MAX(g.period_start) FROM stat_fact g WHERE g.data_element_id = :element
                                            AND g.institution_id = f.institution_id AND g.period_start <= :to)""")
                    .param("element", elementId).param("institutions", institutionIds).param("to", to).query(BigDecimal.class).optional();
        }
        return jdbc.sql("""
                SELECT SUM(value) FROM stat_fact
                WHERE data_element_id = :element AND institution_id IN (:institutions) AND period_start BETWEEN :from AND :to""")
                .param("element", elementId).param("institutions", institutionIds).param("from", frequency(elementId).periodStartOf(from))
                .param("to", to).query(BigDecimal.class).optional();
    }

    /** How often the element is reported: the frequency of the form it is on (monthly when on none). */
    private Frequency frequency(long elementId) {
        return jdbc.sql("""
                SELECT f.frequency FROM report_form_element e JOIN report_form f ON f.id = e.report_form_id
                WHERE e.data_element_id = :id ORDER BY f.position LIMIT 1""")
                .param("id", elementId).query(String.class).optional().map(Frequency::valueOf).orElse(Frequency.MONTHLY);
    }

    private Aggregation aggregation(long elementId) {
        return Aggregation.valueOf(jdbc.sql("SELECT aggregation FROM data_element WHERE id = :id").param("id", elementId)
                .query(String.class).single());
    }
}
