package com.programdesk.statistics.service;

import com.programdesk.statistics.domain.StatReport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the dashboards' tables in step with approvals: an approved report's values become facts
 * (stat_fact) and are added to the city totals (stat_total); reopening takes them out again. Both
 * happen in the approval's transaction, so dashboards never see half a report.
 */
@Component
class StatFacts {

    private final JdbcClient jdbc;

    StatFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void publish(StatReport report) {
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
    }

    void withdraw(StatReport report) {
        jdbc.sql("""
                UPDATE stat_total t JOIN stat_fact f ON f.data_element_id = t.data_element_id AND f.period_start = t.period_start
                SET t.total = t.total - f.value, t.reporters = t.reporters - 1
                WHERE f.institution_id = :institution AND f.period_start = :period
                  AND f.data_element_id IN (SELECT v.data_element_id FROM stat_value v WHERE v.stat_report_id = :report)""")
                .param("institution", report.getInstitutionId()).param("period", report.getPeriodStart())
                .param("report", report.getId()).update();
        jdbc.sql("""
                DELETE FROM stat_fact WHERE institution_id = :institution AND period_start = :period
                  AND data_element_id IN (SELECT v.data_element_id FROM stat_value v WHERE v.stat_report_id = :report)""")
                .param("institution", report.getInstitutionId()).param("period", report.getPeriodStart())
                .param("report", report.getId()).update();
    }
}
