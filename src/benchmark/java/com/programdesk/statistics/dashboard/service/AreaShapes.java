package com.programdesk.statistics.dashboard.service;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The statements the dashboard runs for an area, as the services write them (parameters: {@code area}, its
 * {@code path} pattern, its active {@code children}, the {@code institutions} below it, the repeat-abortion rate's
 * {@code num}/{@code den}, {@code women} (population), {@code form}, {@code from}/{@code to} (12 months),
 * {@code fiveYears}, {@code year}), for their EXPLAIN at each level.
 */
final class AreaShapes {

    static final Map<String, String> ALL = new LinkedHashMap<>();

    static {
        ALL.put("DashboardQueries.area: the area's line (stat_area_total)", """
                SELECT data_element_id, period_start, total FROM stat_area_total
                WHERE data_element_id IN (:num, :den) AND area_id = :area AND period_start BETWEEN :fiveYears AND :to""");
        ALL.put("DashboardQueries.populations: the area's population by year", """
                SELECT area_id, data_element_id, year, value FROM area_population
                WHERE data_element_id IN (:women) AND area_id IN (:area) AND year BETWEEN :year - 5 AND :year""");
        ALL.put("DashboardQueries.areaTotals: the children's sums (compareChildren)", """
                SELECT area_id, SUM(CASE WHEN data_element_id = :num THEN total END), SUM(CASE WHEN data_element_id = :den THEN total END)
                FROM stat_area_total WHERE data_element_id IN (:num, :den) AND area_id IN (:children)
                  AND period_start BETWEEN :from AND :to GROUP BY area_id""");
        ALL.put("DashboardQueries.populations: the children's population", """
                SELECT area_id, data_element_id, year, value FROM area_population
                WHERE data_element_id IN (:women) AND area_id IN (:children) AND year BETWEEN :year - 1 AND :year""");
        ALL.put("DashboardQueries.institutionsDirectlyIn: institutions placed right in the area", """
                SELECT id FROM institution WHERE area_id = :area""");
        ALL.put("InstitutionPlaces.under: the institutions below the area (cached 30 s)", """
                SELECT i.id FROM institution i JOIN area a ON a.id = i.area_id WHERE a.path LIKE :path""");
        ALL.put("DashboardQueries.flowTotals: the area's institutions ranked (stat_fact, 12 months)", """
                SELECT institution_id, SUM(CASE WHEN data_element_id = :num THEN value END), SUM(CASE WHEN data_element_id = :den THEN value END)
                FROM stat_fact WHERE data_element_id IN (:num, :den) AND period_start BETWEEN :from AND :to
                  AND institution_id IN (:institutions) GROUP BY institution_id""");
        ALL.put("HeatmapQueries.heatmapPage: 20 institutions of the area", """
                SELECT a.institution_id, a.name_zh, r.period_start, r.status, r.first_submitted_at
                FROM (SELECT fi.institution_id, i.name_zh, i.code FROM report_form_institution fi
                      JOIN institution i ON i.id = fi.institution_id
                      WHERE fi.report_form_id = :form AND fi.institution_id IN (:institutions)
                      ORDER BY i.code, i.id LIMIT 20 OFFSET 0) a
                LEFT JOIN stat_report r ON r.report_form_id = :form AND r.institution_id = a.institution_id
                     AND r.period_start BETWEEN :from AND :to
                ORDER BY a.code, a.institution_id, r.period_start""");
        ALL.put("HeatmapQueries.countHeatmapRows", """
                SELECT COUNT(*) FROM report_form_institution WHERE report_form_id = :form AND institution_id IN (:institutions)""");
        ALL.put("HeatmapQueries.areaPeriodCounts: received per period, the area and its children (stat_area_completeness)", """
                SELECT area_id, period_start, submitted + approved, approved FROM stat_area_completeness
                WHERE report_form_id = :form AND area_id IN (:children) AND period_start BETWEEN :from AND :to""");
        ALL.put("HeatmapQueries.expectedBelow: assigned institutions per area below", """
                SELECT a.path, COUNT(*) FROM report_form_institution fi JOIN institution i ON i.id = fi.institution_id
                JOIN area a ON a.id = i.area_id WHERE fi.report_form_id = :form AND a.path LIKE :path GROUP BY a.path""");
        ALL.put("CompletenessService.byPeriod: the area's running counts", """
                SELECT period_start, submitted + approved AS received, on_time FROM stat_area_completeness
                WHERE report_form_id = :form AND area_id = :area AND period_start BETWEEN :from AND :to""");
        ALL.put("IndicatorValues (targets): the area's sum over a range", """
                SELECT SUM(total) FROM stat_area_total WHERE data_element_id = :num AND area_id = :area AND period_start BETWEEN :from AND :to""");
        ALL.put("IndicatorValues (targets): the area's population of the year, or the year before", """
                SELECT value FROM area_population WHERE data_element_id = :women AND area_id = :area AND year BETWEEN :year - 1 AND :year
                ORDER BY year DESC LIMIT 1""");
        ALL.put("DashboardService.reportingInstitutions: the area's filers, first 50", """
                SELECT i.id, i.name_zh, i.short_name, i.code, i.type FROM institution i
                WHERE i.active AND i.id IN (SELECT institution_id FROM report_form_institution)
                  AND i.area_id IN (SELECT a.id FROM area a WHERE a.path LIKE :path) ORDER BY i.code, i.id LIMIT 50 OFFSET 0""");
    }

    private AreaShapes() {
    }
}
