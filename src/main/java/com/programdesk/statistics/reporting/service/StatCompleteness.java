package com.programdesk.statistics.reporting.service;

import com.programdesk.statistics.reporting.domain.ReportStatus;
import com.programdesk.statistics.reporting.domain.StatReport;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps stat_completeness in step with the reports: per form and period, how many reports are in each state and how
 * many of the received ones (submitted, approved by a level, approved) were first submitted by the end of the due day. The workflow adds
 * each step in its own transaction (increments, so concurrent steps in one period never lose a count); completeness
 * and timeliness over years then read one row per period instead of every report (175,000 for five years of one
 * form at province scale).
 */
@Component
class StatCompleteness {

    /** The first moment after the due day: a report first submitted before it is on time. */
    private static final String DUE_END = """
            DATE_ADD(DATE_ADD(%s, INTERVAL CASE f.frequency WHEN 'QUARTERLY' THEN 3 WHEN 'YEARLY' THEN 12 ELSE 1 END MONTH),
                     INTERVAL f.due_day DAY)""";

    private final JdbcClient jdbc;

    StatCompleteness(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void created(StatReport report) {
        add(report, null);
    }

    /** Drafts stored at once (an import): one increment per form and period. */
    void createdAll(List<StatReport> drafts) {
        Map<List<Object>, Long> perPeriod = drafts.stream()
                .collect(Collectors.groupingBy(d -> List.of(d.getReportFormId(), d.getPeriodStart()), Collectors.counting()));
        perPeriod.forEach((key, count) -> jdbc.sql("""
                INSERT INTO stat_completeness (report_form_id, period_start, drafts) VALUES (:form, :period, :count)
                ON DUPLICATE KEY UPDATE drafts = drafts + VALUES(drafts)""")
                .param("form", key.get(0)).param("period", key.get(1)).param("count", count).update());
    }

    void moved(StatReport report, ReportStatus from) {
        add(report, from);
    }

    /** Counts everything afresh from the reports, for reports changed outside the workflow (data loads, demo data). */
    void recount() {
        jdbc.sql("DELETE FROM stat_completeness").update();
        jdbc.sql("""
                INSERT INTO stat_completeness (report_form_id, period_start, drafts, submitted, level_approved, returned, approved, on_time)
                SELECT r.report_form_id, r.period_start, SUM(r.status = 'DRAFT'), SUM(r.status = 'SUBMITTED'), SUM(r.status = 'LEVEL_APPROVED'),
                       SUM(r.status = 'RETURNED'), SUM(r.status = 'APPROVED'),
                       SUM(r.status IN ('SUBMITTED', 'LEVEL_APPROVED', 'APPROVED') AND COALESCE(r.first_submitted_at < %s, 0))
                FROM stat_report r JOIN report_form f ON f.id = r.report_form_id
                GROUP BY r.report_form_id, r.period_start""".formatted(DUE_END.formatted("r.period_start"))).update();
    }

    /** Moves the report's count from its old state to its new one; on time only counts while the report is received. */
    private void add(StatReport report, ReportStatus from) {
        ReportStatus to = report.getStatus();
        int received = (to.isReceived() ? 1 : 0) - (from != null && from.isReceived() ? 1 : 0);
        boolean timed = received != 0 && report.getFirstSubmittedAt() != null;
        var statement = jdbc.sql("""
                INSERT INTO stat_completeness (report_form_id, period_start, drafts, submitted, level_approved, returned, approved, on_time)
                SELECT f.id, :period, :drafts, :submitted, :levelApproved, :returned, :approved, %s FROM report_form f WHERE f.id = :form
                ON DUPLICATE KEY UPDATE drafts = drafts + VALUES(drafts), submitted = submitted + VALUES(submitted),
                    level_approved = level_approved + VALUES(level_approved),
                    returned = returned + VALUES(returned), approved = approved + VALUES(approved), on_time = on_time + VALUES(on_time)"""
                        .formatted(timed ? "CASE WHEN :first < " + DUE_END.formatted(":period") + " THEN :received ELSE 0 END" : "0"))
                .param("form", report.getReportFormId()).param("period", report.getPeriodStart())
                .param("drafts", change(ReportStatus.DRAFT, from, to)).param("submitted", change(ReportStatus.SUBMITTED, from, to))
                .param("levelApproved", change(ReportStatus.LEVEL_APPROVED, from, to))
                .param("returned", change(ReportStatus.RETURNED, from, to)).param("approved", change(ReportStatus.APPROVED, from, to));
        if (timed) {
            statement = statement.param("first", report.getFirstSubmittedAt()).param("received", received);
        }
        statement.update();
    }

    private static int change(ReportStatus status, ReportStatus from, ReportStatus to) {
        return (status == to ? 1 : 0) - (status == from ? 1 : 0);
    }
}
