package com.programdesk.statistics.dashboard.service;

import com.programdesk.statistics.reporting.domain.ApprovedValuesChanged;
import com.programdesk.statistics.reporting.domain.StatReport;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the dashboards' tables in step with approvals: an approved report's values become facts
 * (stat_fact), are added to the installation's totals (stat_total) and, for flow elements, to the
 * institution's yearly sums (stat_fact_year) and to the totals of its area and every area above it
 * (stat_area_total); its stock values (population) become its area's population figures. Reopening
 * takes them out again. All of it happens in the approval's transaction, so dashboards never see half a report.
 */
@Component
class StatFacts {

    private final JdbcClient jdbc;
    private final AreaTotals areaTotals;
    private final AreaPopulations populations;

    StatFacts(JdbcClient jdbc, AreaTotals areaTotals, AreaPopulations populations) {
        this.jdbc = jdbc;
        this.areaTotals = areaTotals;
        this.populations = populations;
    }

    /** Runs synchronously in the workflow step's transaction (never after commit): the facts and the state change together. */
    @EventListener
    void on(ApprovedValuesChanged change) {
        if (change.approved()) {
            add(change.report());
        } else {
            remove(change.report());
        }
    }

    void add(StatReport report) {
        jdbc.sql("""
                INSERT INTO stat_fact (data_element_id, period_start, institution_id, value)
                SELECT v.data_element_id, :period, :institution, v.value FROM stat_value v
                WHERE v.stat_report_id = :report AND v.value IS NOT NULL""")
                .param("period", report.getPeriodStart()).param("institution", report.getInstitutionId())
                .param("report", report.getId()).update();
        jdbc.sql("""
                INSERT INTO stat_total (data_element_id, period_start, total, reporters)
                SELECT v.data_element_id, :period, v.value, 1 FROM stat_value v
                WHERE v.stat_report_id = :report AND v.value IS NOT NULL
                ON DUPLICATE KEY UPDATE total = total + VALUES(total), reporters = reporters + 1""")
                .param("period", report.getPeriodStart()).param("report", report.getId()).update();
        jdbc.sql("""
                INSERT INTO stat_fact_year (data_element_id, year, institution_id, value, periods)
                SELECT v.data_element_id, :year, :institution, v.value, 1 FROM stat_value v
                JOIN data_element e ON e.id = v.data_element_id AND e.aggregation IN ('SUM', 'AVERAGE')
                WHERE v.stat_report_id = :report AND v.value IS NOT NULL
                ON DUPLICATE KEY UPDATE stat_fact_year.value = stat_fact_year.value + VALUES(value), periods = stat_fact_year.periods + 1""")
                .param("year", report.getPeriodStart().getYear()).param("institution", report.getInstitutionId())
                .param("report", report.getId()).update();
        areaTotals.add(report);
        populations.approved(report);
    }

    void remove(StatReport report) {
        populations.withdrawn(report);
        areaTotals.remove(report);
        jdbc.sql("""
                UPDATE stat_total t JOIN stat_fact f ON f.data_element_id = t.data_element_id AND f.period_start = t.period_start
                SET t.total = t.total - f.value, t.reporters = t.reporters - 1
                WHERE f.institution_id = :institution AND f.period_start = :period
                  AND f.data_element_id IN (SELECT v.data_element_id FROM stat_value v WHERE v.stat_report_id = :report)""")
                .param("institution", report.getInstitutionId()).param("period", report.getPeriodStart())
                .param("report", report.getId()).update();
        jdbc.sql("""
                UPDATE stat_fact_year y JOIN stat_fact f ON f.data_element_id = y.data_element_id AND f.institution_id = y.institution_id
                SET y.value = y.value - f.value, y.periods = y.periods - 1
                WHERE y.year = :year AND f.institution_id = :institution AND f.period_start = :period
                  AND f.data_element_id IN (SELECT v.data_element_id FROM stat_value v WHERE v.stat_report_id = :report)""")
                .param("year", report.getPeriodStart().getYear()).param("institution", report.getInstitutionId())
                .param("period", report.getPeriodStart()).param("report", report.getId()).update();
        jdbc.sql("""
                DELETE FROM stat_fact_year WHERE institution_id = :institution AND year = :year AND periods = 0
                  AND data_element_id IN (SELECT v.data_element_id FROM stat_value v WHERE v.stat_report_id = :report)""")
                .param("institution", report.getInstitutionId()).param("year", report.getPeriodStart().getYear())
                .param("report", report.getId()).update();
        jdbc.sql("""
                DELETE FROM stat_fact WHERE institution_id = :institution AND period_start = :period
                  AND data_element_id IN (SELECT v.data_element_id FROM stat_value v WHERE v.stat_report_id = :report)""")
                .param("institution", report.getInstitutionId()).param("period", report.getPeriodStart())
                .param("report", report.getId()).update();
    }
}
