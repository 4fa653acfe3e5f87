package com.programdesk.statistics.reporting.service;

import com.programdesk.area.domain.AreaMoved;
import com.programdesk.institution.domain.InstitutionMoved;
import com.programdesk.statistics.reporting.domain.ReportStatus;
import com.programdesk.statistics.reporting.domain.StatReport;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps stat_completeness in step with the reports: per form and period, how many reports are in each state and how
 * many of the received ones (submitted, approved by a level, approved) were first submitted by the end of the due day. The workflow adds
 * each step in its own transaction (increments, so concurrent steps in one period never lose a count); completeness
 * and timeliness over years then read one row per period instead of every report (175,000 for five years of one
 * form at province scale). stat_area_completeness holds the same counts per area: each report counts in its
 * institution's area and every area above it, and moves with the institution (or the area) when it changes place.
 */
@Component
class StatCompleteness {

    /** The first moment after the due day: a report first submitted before it is on time. */
    private static final String DUE_END = """
            DATE_ADD(DATE_ADD(%s, INTERVAL CASE f.frequency WHEN 'QUARTERLY' THEN 3 WHEN 'YEARLY' THEN 12 ELSE 1 END MONTH),
                     INTERVAL f.due_day DAY)""";
    private static final String COUNTS = """
            SUM(r.status = 'DRAFT') AS drafts, SUM(r.status = 'SUBMITTED') AS submitted, SUM(r.status = 'LEVEL_APPROVED') AS level_approved,
            SUM(r.status = 'RETURNED') AS returned,
            SUM(r.status = 'APPROVED') AS approved, SUM(r.status IN ('SUBMITTED', 'LEVEL_APPROVED', 'APPROVED') AND COALESCE(r.first_submitted_at < %s, 0)) AS on_time"""
            .formatted(DUE_END.formatted("r.period_start"));
    private static final String ADD_UP = """
            ON DUPLICATE KEY UPDATE drafts = stat_area_completeness.drafts + VALUES(drafts),
                submitted = stat_area_completeness.submitted + VALUES(submitted),
                level_approved = stat_area_completeness.level_approved + VALUES(level_approved), returned = stat_area_completeness.returned + VALUES(returned),
                approved = stat_area_completeness.approved + VALUES(approved), on_time = stat_area_completeness.on_time + VALUES(on_time)""";

    private final JdbcClient jdbc;
    private final AreaLineage lineage;

    StatCompleteness(JdbcClient jdbc, AreaLineage lineage) {
        this.jdbc = jdbc;
        this.lineage = lineage;
    }

    void created(StatReport report) {
        add(report, null);
    }

    /** Drafts stored at once (an import): one increment per form and period, and per form, area and period. */
    void createdAll(List<StatReport> drafts) {
        Map<List<Object>, Long> perPeriod = drafts.stream()
                .collect(Collectors.groupingBy(d -> List.of(d.getReportFormId(), d.getPeriodStart()), Collectors.counting()));
        perPeriod.forEach((key, count) -> jdbc.sql("""
                INSERT INTO stat_completeness (report_form_id, period_start, drafts) VALUES (:form, :period, :count)
                ON DUPLICATE KEY UPDATE drafts = drafts + VALUES(drafts)""")
                .param("form", key.get(0)).param("period", key.get(1)).param("count", count).update());
        Map<Long, List<Long>> lineages = lineage.ofInstitutions(drafts.stream().map(StatReport::getInstitutionId).distinct().toList());
        Map<List<Object>, Long> perArea = new HashMap<>();
        for (StatReport draft : drafts) {
            for (Long area : lineages.getOrDefault(draft.getInstitutionId(), List.of())) {
                perArea.merge(List.of(draft.getReportFormId(), area, draft.getPeriodStart()), 1L, Long::sum);
            }
        }
        perArea.forEach((key, count) -> jdbc.sql("""
                INSERT INTO stat_area_completeness (report_form_id, area_id, period_start, drafts) VALUES (:form, :area, :period, :count)
                ON DUPLICATE KEY UPDATE drafts = drafts + VALUES(drafts)""")
                .param("form", key.get(0)).param("area", key.get(1)).param("period", key.get(2)).param("count", count).update());
    }

    void moved(StatReport report, ReportStatus from) {
        add(report, from);
    }

    /** Counts everything afresh from the reports, for reports changed outside the workflow (data loads, demo data). */
    void recount() {
        jdbc.sql("DELETE FROM stat_completeness").update();
        jdbc.sql("""
                INSERT INTO stat_completeness (report_form_id, period_start, drafts, submitted, level_approved, returned, approved, on_time)
                SELECT r.report_form_id, r.period_start, %s
                FROM stat_report r JOIN report_form f ON f.id = r.report_form_id
                GROUP BY r.report_form_id, r.period_start""".formatted(COUNTS)).update();
        jdbc.sql("DELETE FROM stat_area_completeness").update();
        jdbc.sql("""
                INSERT INTO stat_area_completeness (report_form_id, area_id, period_start, drafts, submitted, level_approved, returned, approved, on_time)
                SELECT r.report_form_id, i.area_id, r.period_start, %s
                FROM stat_report r JOIN report_form f ON f.id = r.report_form_id JOIN institution i ON i.id = r.institution_id
                WHERE i.area_id IS NOT NULL
                GROUP BY r.report_form_id, i.area_id, r.period_start""".formatted(COUNTS)).update();
        // each level's areas hold their own institutions' counts and, once the level below is done, their children's
        for (String level : List.of("TOWNSHIP", "COUNTY", "CITY")) {
            jdbc.sql("""
                    INSERT INTO stat_area_completeness (report_form_id, area_id, period_start, drafts, submitted, level_approved, returned, approved, on_time)
                    SELECT c.report_form_id, a.parent_id, c.period_start, SUM(c.drafts), SUM(c.submitted), SUM(c.level_approved), SUM(c.returned), SUM(c.approved),
                           SUM(c.on_time)
                    FROM stat_area_completeness c JOIN area a ON a.id = c.area_id WHERE a.level = :level AND a.parent_id IS NOT NULL
                    GROUP BY c.report_form_id, a.parent_id, c.period_start
                    """ + ADD_UP).param("level", level).update();
        }
    }

    /** The institution's reports leave the areas it left and count in the areas it joined. */
    @EventListener
    void on(InstitutionMoved moved) {
        AreaLineage.Move move = AreaLineage.between(lineage.ofArea(moved.oldAreaId()), lineage.ofArea(moved.newAreaId()));
        String own = """
                SELECT r.report_form_id, r.period_start, %s FROM stat_report r JOIN report_form f ON f.id = r.report_form_id
                WHERE r.institution_id = :institution GROUP BY r.report_form_id, r.period_start""".formatted(COUNTS);
        if (!move.left().isEmpty()) {
            jdbc.sql("""
                    UPDATE stat_area_completeness c JOIN (%s) x ON x.report_form_id = c.report_form_id AND x.period_start = c.period_start
                    SET c.drafts = c.drafts - x.drafts, c.submitted = c.submitted - x.submitted, c.level_approved = c.level_approved - x.level_approved, c.returned = c.returned - x.returned,
                        c.approved = c.approved - x.approved, c.on_time = c.on_time - x.on_time
                    WHERE c.area_id IN (:areas)""".formatted(own))
                    .param("institution", moved.institutionId()).param("areas", move.left()).update();
        }
        if (!move.joined().isEmpty()) {
            jdbc.sql("""
                    INSERT INTO stat_area_completeness (report_form_id, area_id, period_start, drafts, submitted, level_approved, returned, approved, on_time)
                    SELECT x.report_form_id, a.id, x.period_start, x.drafts, x.submitted, x.level_approved, x.returned, x.approved, x.on_time
                    FROM (%s) x JOIN area a ON a.id IN (:areas)
                    """.formatted(own) + ADD_UP)
                    .param("institution", moved.institutionId()).param("areas", move.joined()).update();
        }
    }

    /** Everything below the area leaves the areas above it that it left, and counts in those it joined. */
    @EventListener
    void on(AreaMoved moved) {
        AreaLineage.Move move = AreaLineage.between(com.programdesk.area.domain.Area.lineage(moved.oldPath()),
                com.programdesk.area.domain.Area.lineage(moved.newPath()));
        if (!move.left().isEmpty()) {
            jdbc.sql("""
                    UPDATE stat_area_completeness c JOIN stat_area_completeness m
                         ON m.report_form_id = c.report_form_id AND m.period_start = c.period_start AND m.area_id = :moved
                    SET c.drafts = c.drafts - m.drafts, c.submitted = c.submitted - m.submitted, c.level_approved = c.level_approved - m.level_approved, c.returned = c.returned - m.returned,
                        c.approved = c.approved - m.approved, c.on_time = c.on_time - m.on_time
                    WHERE c.area_id IN (:areas)""")
                    .param("moved", moved.areaId()).param("areas", move.left()).update();
        }
        if (!move.joined().isEmpty()) {
            jdbc.sql("""
                    INSERT INTO stat_area_completeness (report_form_id, area_id, period_start, drafts, submitted, level_approved, returned, approved, on_time)
                    SELECT m.report_form_id, a.id, m.period_start, m.drafts, m.submitted, m.level_approved, m.returned, m.approved, m.on_time
                    FROM stat_area_completeness m JOIN area a ON a.id IN (:areas) WHERE m.area_id = :moved
                    """ + ADD_UP)
                    .param("moved", moved.areaId()).param("areas", move.joined()).update();
        }
    }

    /** Moves the report's count from its old state to its new one; on time only counts while the report is received. */
    private void add(StatReport report, ReportStatus from) {
        ReportStatus to = report.getStatus();
        int received = (to.isReceived() ? 1 : 0) - (from != null && from.isReceived() ? 1 : 0);
        boolean timed = received != 0 && report.getFirstSubmittedAt() != null;
        String onTime = timed ? "CASE WHEN :first < " + DUE_END.formatted(":period") + " THEN :received ELSE 0 END" : "0";
        Map<String, Object> params = new HashMap<>(Map.of("form", report.getReportFormId(), "period", report.getPeriodStart(),
                "drafts", change(ReportStatus.DRAFT, from, to), "submitted", change(ReportStatus.SUBMITTED, from, to),
                "returned", change(ReportStatus.RETURNED, from, to), "approved", change(ReportStatus.APPROVED, from, to)));
        params.put("levelApproved", change(ReportStatus.LEVEL_APPROVED, from, to));
        if (timed) {
            params.put("first", report.getFirstSubmittedAt());
            params.put("received", received);
        }
        jdbc.sql("""
                INSERT INTO stat_completeness (report_form_id, period_start, drafts, submitted, level_approved, returned, approved, on_time)
                SELECT f.id, :period, :drafts, :submitted, :levelApproved, :returned, :approved, %s FROM report_form f WHERE f.id = :form
                ON DUPLICATE KEY UPDATE drafts = drafts + VALUES(drafts), submitted = submitted + VALUES(submitted),
                    level_approved = level_approved + VALUES(level_approved), returned = returned + VALUES(returned), approved = approved + VALUES(approved), on_time = on_time + VALUES(on_time)"""
                .formatted(onTime)).params(params).update();
        List<Long> areas = lineage.ofInstitution(report.getInstitutionId());
        if (!areas.isEmpty()) {
            params.put("areas", areas);
            jdbc.sql("""
                    INSERT INTO stat_area_completeness (report_form_id, area_id, period_start, drafts, submitted, level_approved, returned, approved, on_time)
                    SELECT f.id, a.id, :period, :drafts, :submitted, :levelApproved, :returned, :approved, %s FROM report_form f JOIN area a ON a.id IN (:areas)
                    WHERE f.id = :form
                    """.formatted(onTime) + ADD_UP).params(params).update();
        }
    }

    private static int change(ReportStatus status, ReportStatus from, ReportStatus to) {
        return (status == to ? 1 : 0) - (status == from ? 1 : 0);
    }
}
