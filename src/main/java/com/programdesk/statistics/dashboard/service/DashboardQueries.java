package com.programdesk.statistics.dashboard.service;

import com.programdesk.statistics.reporting.domain.ReportStatus;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The dashboards' reads. Each is one indexed query over the tables kept at approval time (see
 * docs/statistics-design.md): the installation's totals from stat_total, an area's from stat_area_total and its
 * population from area_population, institutions from stat_fact and stat_fact_year. None loops over institutions,
 * areas or periods. Lists of ids are never empty here: callers pass {@code null} for "no restriction".
 */
@Component
class DashboardQueries {

    /** How far back a stock (population) is looked up when the range has no value of its own. */
    static final int LATEST_LOOKBACK_YEARS = 3;
    private static final List<Long> NONE = List.of(-1L);

    private final JdbcClient jdbc;

    DashboardQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One element's value in one period, of an area ({@code institutionId} null) or of one institution, and how many
     * reported values it adds up ({@code count}: an AVERAGE element's value is {@code value / count}).
     */
    record Value(Long institutionId, long elementId, LocalDate period, BigDecimal value, long count) {

        Value(Long institutionId, long elementId, LocalDate period, BigDecimal value) {
            this(institutionId, elementId, period, value, 1);
        }

        Tally tally() {
            return new Tally(value, count);
        }
    }

    /** The installation's totals (and reporters) of flow elements per period (primary key range of stat_total). */
    List<Value> installation(Collection<Long> flows, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT data_element_id, period_start, total, reporters FROM stat_total
                WHERE reporters > 0 AND data_element_id IN (:flows) AND period_start BETWEEN :from AND :to""")
                .param("flows", orNone(flows)).param("from", from).param("to", to)
                .query((rs, n) -> new Value(null, rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getBigDecimal(3), rs.getLong(4))).list();
    }

    /** An area's totals (and reporters) of flow elements per period (primary key range of stat_area_total per element). */
    List<Value> area(Collection<Long> flows, long areaId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT data_element_id, period_start, total, reporters FROM stat_area_total
                WHERE data_element_id IN (:flows) AND area_id = :area AND period_start BETWEEN :from AND :to""")
                .param("flows", orNone(flows)).param("area", areaId).param("from", from).param("to", to)
                .query((rs, n) -> new Value(null, rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getBigDecimal(3), rs.getLong(4))).list();
    }

    /** One area's (or each area's) population figures per year, as values of January 1st of the year. */
    record AreaValue(long areaId, long elementId, int year, BigDecimal value) {
    }

    List<AreaValue> populations(Collection<Long> stocks, Collection<Long> areaIds, int fromYear, int toYear) {
        return jdbc.sql("""
                SELECT area_id, data_element_id, year, value FROM area_population
                WHERE data_element_id IN (:stocks) AND area_id IN (:areas) AND year BETWEEN :from AND :to""")
                .param("stocks", orNone(stocks)).param("areas", orNone(areaIds)).param("from", fromYear).param("to", toYear)
                .query((rs, n) -> new AreaValue(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getBigDecimal(4))).list();
    }

    /**
     * Each area's sums of the flow elements over [from, to] (stat_area_total, one primary key range per element and
     * area), with the number of values each adds up, by area id, then by element id; an element an area has no rows
     * of is missing from its map.
     */
    Map<Long, Map<Long, Tally>> areaTotals(Collection<Long> flows, Collection<Long> areaIds, LocalDate from, LocalDate to) {
        Map<Long, Map<Long, Tally>> totals = new HashMap<>();
        jdbc.sql("""
                SELECT area_id, data_element_id, SUM(total), SUM(reporters) FROM stat_area_total
                WHERE data_element_id IN (:flows) AND area_id IN (:areas) AND period_start BETWEEN :from AND :to
                GROUP BY area_id, data_element_id""")
                .param("flows", orNone(flows)).param("areas", orNone(areaIds)).param("from", from).param("to", to)
                .query((ResultSet rs) -> {
                    add(totals, rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3), rs.getLong(4));
                });
        return totals;
    }

    /** The institutions placed right in the area (not below it), for comparing them beside the area's children. */
    List<Long> institutionsDirectlyIn(long areaId) {
        return jdbc.sql("SELECT id FROM institution WHERE area_id = :area").param("area", areaId).query(Long.class).list();
    }

    /** Chosen institutions' values per period (stat_fact primary key range, filtered to the institutions). */
    List<Value> institutions(Collection<Long> flows, Collection<Long> stocks, Collection<Long> institutionIds, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT institution_id, data_element_id, period_start, value FROM stat_fact
                WHERE institution_id IN (:institutions)
                  AND ((data_element_id IN (:flows) AND period_start BETWEEN :from AND :to)
                    OR (data_element_id IN (:stocks) AND period_start BETWEEN :lookback AND :to))""")
                .param("institutions", orNone(institutionIds)).param("flows", orNone(flows)).param("stocks", orNone(stocks))
                .param("from", from).param("to", to).param("lookback", from.minusYears(LATEST_LOOKBACK_YEARS))
                .query((rs, n) -> new Value(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class), rs.getBigDecimal(4))).list();
    }

    /** Every element of one institution (covering index ix_stat_fact_institution: no row lookups). */
    List<Value> institution(long institutionId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT data_element_id, period_start, value FROM stat_fact
                WHERE institution_id = :institution AND period_start BETWEEN :lookback AND :to""")
                .param("institution", institutionId).param("lookback", from.minusYears(LATEST_LOOKBACK_YEARS)).param("to", to)
                .query((rs, n) -> new Value(institutionId, rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getBigDecimal(3))).list();
    }

    /**
     * Each institution's sums of the flow elements over [from, to] with the number of values each adds up, by
     * institution id, then by element id: whole calendar years from stat_fact_year, the months before and after them
     * from stat_fact (two primary key ranges).
     */
    Map<Long, Map<Long, Tally>> flowTotals(Collection<Long> flows, LocalDate from, LocalDate to, Collection<Long> institutionIds) {
        int firstYear = from.getDayOfYear() == 1 ? from.getYear() : from.getYear() + 1;
        int lastYear = !to.isBefore(LocalDate.of(to.getYear(), 12, 1)) ? to.getYear() : to.getYear() - 1;
        Map<Long, Map<Long, Tally>> totals = new HashMap<>();
        String restriction = institutionIds == null ? "" : " AND institution_id IN (:institutions)";
        if (firstYear <= lastYear) {
            add(totals, jdbc.sql("""
                    SELECT institution_id, data_element_id, SUM(value), SUM(periods)
                    FROM stat_fact_year WHERE data_element_id IN (:flows) AND year BETWEEN :firstYear AND :lastYear"""
                    + restriction + " GROUP BY institution_id, data_element_id"), flows, institutionIds,
                    Map.of("firstYear", firstYear, "lastYear", lastYear));
            LocalDate headEnd = LocalDate.of(firstYear, 1, 1).minusDays(1);
            LocalDate tailStart = LocalDate.of(lastYear + 1, 1, 1);
            add(totals, jdbc.sql("""
                    SELECT institution_id, data_element_id, SUM(value), COUNT(*)
                    FROM stat_fact WHERE data_element_id IN (:flows)
                      AND (period_start BETWEEN :from AND :headEnd OR period_start BETWEEN :tailStart AND :to)"""
                    + restriction + " GROUP BY institution_id, data_element_id"), flows, institutionIds,
                    Map.of("from", from, "headEnd", headEnd, "tailStart", tailStart, "to", to));
        } else {
            add(totals, jdbc.sql("""
                    SELECT institution_id, data_element_id, SUM(value), COUNT(*)
                    FROM stat_fact WHERE data_element_id IN (:flows) AND period_start BETWEEN :from AND :to"""
                    + restriction + " GROUP BY institution_id, data_element_id"), flows, institutionIds,
                    Map.of("from", from, "to", to));
        }
        return totals;
    }

    /**
     * Each institution's newest value of a stock element by {@code to} (population), within the
     * lookback: one primary key range, folded here (a "newest per group" join makes MariaDB scan
     * the secondary index loosely, which is far slower at scale).
     */
    Map<Long, BigDecimal> latestByInstitution(long elementId, LocalDate to, Collection<Long> institutionIds) {
        String restriction = institutionIds == null ? "" : " AND institution_id IN (:institutions)";
        var spec = jdbc.sql("""
                SELECT institution_id, period_start, value FROM stat_fact
                WHERE data_element_id = :element AND period_start BETWEEN :lookback AND :to""" + restriction)
                .param("element", elementId).param("lookback", to.minusYears(LATEST_LOOKBACK_YEARS)).param("to", to);
        if (institutionIds != null) {
            spec = spec.param("institutions", orNone(institutionIds));
        }
        Map<Long, LocalDate> newest = new HashMap<>();
        Map<Long, BigDecimal> values = new HashMap<>();
        spec.query((ResultSet rs) -> {
            long institution = rs.getLong(1);
            LocalDate period = rs.getObject(2, LocalDate.class);
            LocalDate seen = newest.get(institution);
            if (seen == null || period.isAfter(seen)) {
                newest.put(institution, period);
                values.put(institution, rs.getBigDecimal(3));
            }
        });
        return values;
    }

    Map<Long, String> names(Collection<Long> institutionIds) {
        Map<Long, String> names = new LinkedHashMap<>();
        if (institutionIds.isEmpty()) {
            return names;
        }
        jdbc.sql("SELECT id, name_zh FROM institution WHERE id IN (:ids)").param("ids", institutionIds)
                .query((ResultSet rs) -> {
                    names.put(rs.getLong(1), rs.getString(2));
                });
        return names;
    }

    private void add(Map<Long, Map<Long, Tally>> totals, JdbcClient.StatementSpec spec, Collection<Long> flows,
                     Collection<Long> institutionIds, Map<String, Object> params) {
        spec = spec.param("flows", orNone(flows)).params(params);
        if (institutionIds != null) {
            spec = spec.param("institutions", orNone(institutionIds));
        }
        spec.query((ResultSet rs) -> {
            add(totals, rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3), rs.getLong(4));
        });
    }

    private static void add(Map<Long, Map<Long, Tally>> totals, long ownerId, long elementId, BigDecimal value, long count) {
        if (value != null) {
            totals.computeIfAbsent(ownerId, k -> new HashMap<>()).merge(elementId, new Tally(value, count), Tally::plus);
        }
    }

    private static Collection<Long> orNone(Collection<Long> ids) {
        return ids == null || ids.isEmpty() ? NONE : ids;
    }
}
