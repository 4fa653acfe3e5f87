package com.programdesk.statistics.dashboard.service;

import com.programdesk.statistics.catalog.domain.Aggregation;
import com.programdesk.statistics.catalog.domain.ElementReading;
import com.programdesk.statistics.catalog.domain.Frequency;
import com.programdesk.statistics.catalog.domain.Indicator;
import com.programdesk.statistics.catalog.service.StatisticsCatalog;
import com.programdesk.statistics.dashboard.domain.Figure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Indicator values over a date range from approved reports only, for a {@link Scope}: the whole installation from
 * its running totals (stat_total), an area from its own (stat_area_total), chosen institutions from the facts
 * (stat_fact). Flows add up the periods that overlap the range (a quarterly survey of July–September counts for a
 * range starting in September). Population (stock) denominators are the area's own figure (area_population) for the
 * year of the range's end, or the year before (the last year-end count): never another area's, and none for
 * institutions, so a rate without it says "denominator missing".
 */
@Component
class IndicatorValues {

    /** A population figure serves the year after it too: the year-end count of last year is the population at the start of this one. */
    static final int POPULATION_CARRY_YEARS = 1;

    private final JdbcClient jdbc;
    private final StatisticsCatalog catalog;

    IndicatorValues(JdbcClient jdbc, StatisticsCatalog catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    /** An indicator's numerator and denominator over a range; null where there is none. */
    /** An indicator's numerator and denominator, and the counts of the elements it names but averages (for small-count rules). */
    record Counts(BigDecimal numerator, BigDecimal denominator, Map<Long, BigDecimal> named) {
    }

    /** The whole installation's value; empty when nothing approved covers the range or there is nothing to divide by. */
    Optional<BigDecimal> city(Indicator indicator, LocalDate from, LocalDate to) {
        return value(indicator, Scope.INSTALLATION, from, to);
    }

    /** The value over some institutions together. */
    Optional<BigDecimal> institutions(Indicator indicator, Collection<Long> institutionIds, LocalDate from, LocalDate to) {
        if (institutionIds.isEmpty()) {
            return Optional.empty();
        }
        return value(indicator, Scope.institutions(List.copyOf(institutionIds)), from, to);
    }

    Optional<BigDecimal> value(Indicator indicator, Scope scope, LocalDate from, LocalDate to) {
        Counts counts = counts(indicator, scope, from, to);
        return Optional.ofNullable(Figure.of(indicator, counts.numerator(), counts.denominator()).value());
    }

    /** Each element the indicator names aggregated over the range, then its numerator and denominator evaluated over them. */
    Counts counts(Indicator indicator, Scope scope, LocalDate from, LocalDate to) {
        Map<Long, BigDecimal> named = values(indicator.numeratorElementIds(), scope, from, to, false);
        BigDecimal numerator = indicator.numeratorOf(named);
        BigDecimal denominator = null;
        if (indicator.isRate()) {
            Map<Long, BigDecimal> denominatorCounts = values(indicator.denominatorElementIds(), scope, from, to, true);
            denominator = indicator.denominatorOf(denominatorCounts);
            named.putAll(denominatorCounts);
        }
        // an average is no count of people: the small-count rule looks at the others
        named.keySet().removeIf(elementId -> aggregation(elementId) == Aggregation.AVERAGE);
        return new Counts(numerator, denominator, named);
    }

    private Map<Long, BigDecimal> values(List<Long> elementIds, Scope scope, LocalDate from, LocalDate to, boolean denominator) {
        Map<Long, BigDecimal> values = new HashMap<>();
        for (Long elementId : elementIds) {
            BigDecimal value = element(elementId, scope, from, to, denominator);
            if (value != null) {
                values.put(elementId, value);
            }
        }
        return values;
    }

    /** The end of the newest period with approved values of the elements that overlaps the range, in the scope. */
    Optional<LocalDate> lastPeriodEnd(List<Long> elementIds, Scope scope, LocalDate from, LocalDate to) {
        if (elementIds.isEmpty()) {
            return Optional.empty();
        }
        Frequency frequency = frequency(elementIds.getFirst());
        LocalDate start = frequency.periodStartOf(from);
        var spec = scope.isInstitutions()
                ? jdbc.sql("""
                        SELECT MAX(period_start) FROM stat_fact WHERE institution_id IN (:institutions) AND data_element_id IN (:elements)
                          AND period_start BETWEEN :from AND :to""").param("institutions", orNone(scope.institutionIds()))
                : scope.isArea()
                ? jdbc.sql("""
                        SELECT MAX(period_start) FROM stat_area_total WHERE data_element_id IN (:elements) AND area_id = :area
                          AND period_start BETWEEN :from AND :to""").param("area", scope.areaId())
                : jdbc.sql("""
                        SELECT MAX(period_start) FROM stat_total WHERE data_element_id IN (:elements) AND period_start BETWEEN :from AND :to
                          AND reporters > 0""");
        return spec.param("elements", elementIds).param("from", start).param("to", to)
                .query(LocalDate.class).optional().map(frequency::periodEnd);
    }

    private BigDecimal element(long elementId, Scope scope, LocalDate from, LocalDate to, boolean denominator) {
        ElementReading reading = catalog.reading(elementId);
        Aggregation aggregation = reading.aggregation();
        if (aggregation == Aggregation.LATEST) {
            if (scope.isInstitutions()) {
                return denominator ? null : institutionElement(elementId, reading, scope.institutionIds(), from, to).orElse(null);
            }
            return population(elementId, scope.areaId(), to).orElse(null);
        }
        if (scope.isInstitutions()) {
            return institutionElement(elementId, reading, scope.institutionIds(), from, to).orElse(null);
        }
        LocalDate start = reading.frequency().periodStartOf(from);
        if (scope.isArea()) {
            return jdbc.sql("""
                    SELECT SUM(total), SUM(reporters) FROM stat_area_total WHERE data_element_id = :element AND area_id = :area
                      AND period_start BETWEEN :from AND :to""")
                    .param("element", elementId).param("area", scope.areaId()).param("from", start).param("to", to)
                    .query((rs, n) -> value(rs, aggregation)).optional().orElse(null);
        }
        return jdbc.sql("""
                SELECT SUM(total), SUM(reporters) FROM stat_total WHERE data_element_id = :element AND period_start BETWEEN :from AND :to
                  AND reporters > 0""")
                .param("element", elementId).param("from", start).param("to", to)
                .query((rs, n) -> value(rs, aggregation)).optional().orElse(null);
    }

    /** A sum and its count of values as the element's value: the sum, or for an AVERAGE element their quotient. */
    private static BigDecimal value(java.sql.ResultSet rs, Aggregation aggregation) throws java.sql.SQLException {
        BigDecimal total = rs.getBigDecimal(1);
        return total == null ? null : new Tally(total, rs.getLong(2)).value(aggregation);
    }

    /**
     * The area's population figure for the year of {@code day}, or the year before; for the whole installation
     * ({@code areaId} null) the sum of the top areas' figures when every active one has one.
     */
    Optional<BigDecimal> population(long elementId, Long areaId, LocalDate day) {
        int year = day.getYear();
        if (areaId != null) {
            return jdbc.sql("""
                    SELECT value FROM area_population WHERE data_element_id = :element AND area_id = :area AND year BETWEEN :first AND :year
                    ORDER BY year DESC LIMIT 1""")
                    .param("element", elementId).param("area", areaId).param("first", year - POPULATION_CARRY_YEARS).param("year", year)
                    .query(BigDecimal.class).optional();
        }
        List<BigDecimal> roots = jdbc.sql("""
                SELECT (SELECT p.value FROM area_population p WHERE p.data_element_id = :element AND p.area_id = a.id
                          AND p.year BETWEEN :first AND :year ORDER BY p.year DESC LIMIT 1)
                FROM area a WHERE a.parent_id IS NULL AND a.active""")
                .param("element", elementId).param("first", year - POPULATION_CARRY_YEARS).param("year", year)
                .query((rs, n) -> rs.getBigDecimal(1)).list();
        if (roots.isEmpty() || roots.stream().anyMatch(java.util.Objects::isNull)) {
            return Optional.empty();
        }
        return Optional.of(roots.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    Optional<BigDecimal> institutionElement(long elementId, Collection<Long> institutionIds, LocalDate from, LocalDate to) {
        return institutionElement(elementId, catalog.reading(elementId), institutionIds, from, to);
    }

    private Optional<BigDecimal> institutionElement(long elementId, ElementReading reading, Collection<Long> institutionIds,
                                                    LocalDate from, LocalDate to) {
        Aggregation aggregation = reading.aggregation();
        if (aggregation == Aggregation.LATEST) {
            return jdbc.sql("""
                    SELECT SUM(f.value) FROM stat_fact f
                    WHERE f.data_element_id = :element AND f.institution_id IN (:institutions)
                      AND f.period_start = (SELECT MAX(g.period_start) FROM stat_fact g WHERE g.data_element_id = :element
                                            AND g.institution_id = f.institution_id AND g.period_start <= :to)""")
                    .param("element", elementId).param("institutions", orNone(institutionIds)).param("to", to).query(BigDecimal.class).optional();
        }
        return jdbc.sql("""
                SELECT SUM(value), COUNT(*) FROM stat_fact
                WHERE data_element_id = :element AND institution_id IN (:institutions) AND period_start BETWEEN :from AND :to""")
                .param("element", elementId).param("institutions", orNone(institutionIds)).param("from", reading.frequency().periodStartOf(from))
                .param("to", to).query((rs, n) -> Optional.ofNullable(value(rs, aggregation))).single();
    }

    private Frequency frequency(long elementId) {
        return catalog.reading(elementId).frequency();
    }

    private Aggregation aggregation(long elementId) {
        return catalog.reading(elementId).aggregation();
    }

    private static Collection<Long> orNone(Collection<Long> ids) {
        return ids == null || ids.isEmpty() ? List.of(-1L) : ids;
    }
}
