package com.programdesk.statistics.dashboard.service;

/**
 * The reads a statistics dashboard needs, as plain SQL, so the benchmark can time and EXPLAIN them on province-scale
 * data: trends from the running totals and facts, institutions compared for one month, completeness per month.
 */
final class DashboardShapes {

    /** The city's numerator and denominator per period. */
    static final String CITY_TREND = """
            SELECT period_start, data_element_id, total FROM stat_total
            WHERE data_element_id IN (:num, :den) AND period_start BETWEEN :from AND :to AND reporters > 0
            ORDER BY period_start, data_element_id""";

    /** Chosen institutions' numerator and denominator per period (ix_stat_fact_institution). */
    static final String INSTITUTION_TREND = """
            SELECT institution_id, period_start, data_element_id, value FROM stat_fact
            WHERE institution_id IN (:institutions) AND data_element_id IN (:num, :den) AND period_start BETWEEN :from AND :to
            ORDER BY institution_id, period_start""";

    /** Every institution's rate for one period, highest first (stat_fact's primary key: element, period). */
    static final String COMPARE = """
            SELECT i.id, i.code, i.name_zh, n.value AS numerator, d.value AS denominator, n.value * :factor / NULLIF(d.value, 0) AS rate
            FROM stat_fact n
            LEFT JOIN stat_fact d ON d.data_element_id = :den AND d.period_start = n.period_start AND d.institution_id = n.institution_id
            JOIN institution i ON i.id = n.institution_id
            WHERE n.data_element_id = :num AND n.period_start = :month
            ORDER BY rate DESC, i.name_zh, i.id LIMIT :limit OFFSET :offset""";

    /** Each report's state for one form over a range: the heatmap's cells. */
    static final String HEATMAP = """
            SELECT r.institution_id, r.period_start, r.status, r.first_submitted_at FROM stat_report r
            WHERE r.report_form_id = :form AND r.period_start BETWEEN :from AND :to""";

    /** One page of the heatmap's rows: the institutions filing the form, by name. */
    static final String HEATMAP_INSTITUTIONS = """
            SELECT i.id FROM report_form_institution a JOIN institution i ON i.id = a.institution_id
            WHERE a.report_form_id = :form ORDER BY i.name_zh, i.id LIMIT :limit OFFSET :offset""";

    /** The cells of one page of institutions (uk_stat_report_period). */
    static final String HEATMAP_PAGE = """
            SELECT institution_id, period_start, status, first_submitted_at FROM stat_report
            WHERE report_form_id = :form AND institution_id IN (:institutions) AND period_start BETWEEN :from AND :to""";

    /** Expected, received, approved and on-time reports per period, from the running counts kept by the workflow. */
    static final String COMPLETENESS = """
            SELECT c.period_start, (SELECT COUNT(*) FROM report_form_institution a WHERE a.report_form_id = :form) AS expected,
                   c.submitted + c.approved AS received, c.approved, c.on_time
            FROM stat_completeness c WHERE c.report_form_id = :form AND c.period_start BETWEEN :from AND :to
            ORDER BY c.period_start""";

    /** The same counted from the reports themselves; on time = first submitted by the due day. */
    static final String COMPLETENESS_FROM_REPORTS = """
            SELECT r.period_start, (SELECT COUNT(*) FROM report_form_institution a WHERE a.report_form_id = :form) AS expected,
                   SUM(r.status IN ('SUBMITTED', 'APPROVED')) AS received, SUM(r.status = 'APPROVED') AS approved,
                   SUM(r.first_submitted_at < DATE_ADD(DATE_ADD(r.period_start, INTERVAL :months MONTH), INTERVAL :dueDay DAY)) AS on_time
            FROM stat_report r WHERE r.report_form_id = :form AND r.period_start BETWEEN :from AND :to
            GROUP BY r.period_start ORDER BY r.period_start""";

    /** CompletenessService.byPeriod's correction: reports of institutions no longer assigned to the form (EXPLAIN only). */
    static final String UNASSIGNED_REPORTS = """
            SELECT r.period_start, SUM(r.status IN ('SUBMITTED', 'APPROVED')) AS received FROM institution i
            STRAIGHT_JOIN stat_report r ON r.report_form_id = :form AND r.institution_id = i.id AND r.period_start BETWEEN :from AND :to
            WHERE NOT EXISTS (SELECT 1 FROM report_form_institution a WHERE a.report_form_id = :form AND a.institution_id = i.id)
            GROUP BY r.period_start""";

    /** DashboardQueries.flowTotals over whole years (EXPLAIN only). */
    static final String DASHBOARD_YEAR_TOTALS = """
            SELECT institution_id, data_element_id, SUM(value)
            FROM stat_fact_year WHERE data_element_id IN (:num, :den) AND year BETWEEN :firstYear AND :lastYear
            GROUP BY institution_id, data_element_id""";

    /** DashboardQueries.flowTotals over months (EXPLAIN only). */
    static final String DASHBOARD_MONTH_TOTALS = """
            SELECT institution_id, data_element_id, SUM(value)
            FROM stat_fact WHERE data_element_id IN (:num, :den) AND period_start BETWEEN :from AND :to
            GROUP BY institution_id, data_element_id""";

    /** DashboardQueries.heatmapPage (EXPLAIN only). */
    static final String DASHBOARD_HEATMAP_PAGE = """
            SELECT a.institution_id, a.name_zh, r.period_start, r.status, r.first_submitted_at
            FROM (SELECT fi.institution_id, i.name_zh, i.code FROM report_form_institution fi JOIN institution i ON i.id = fi.institution_id
                  WHERE fi.report_form_id = :form ORDER BY i.code, i.id LIMIT 20 OFFSET 2895) a
            LEFT JOIN stat_report r ON r.report_form_id = :form AND r.institution_id = a.institution_id AND r.period_start BETWEEN :from AND :to
            ORDER BY a.code, a.institution_id, r.period_start""";

    /** DashboardQueries.institution: one institution's every element (EXPLAIN only). */
    static final String DASHBOARD_INSTITUTION = """
            SELECT data_element_id, period_start, value FROM stat_fact WHERE institution_id = :institution AND period_start BETWEEN :from AND :to""";

    private DashboardShapes() {
    }
}
