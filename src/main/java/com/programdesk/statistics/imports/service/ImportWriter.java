package com.programdesk.statistics.imports.service;

import com.programdesk.security.service.CurrentUser;
import com.programdesk.statistics.reporting.domain.ReportSource;
import com.programdesk.statistics.reporting.domain.StatReport;
import com.programdesk.statistics.reporting.service.ReportService;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes an import's checked values inside the caller's transaction: new reports are created as
 * drafts through the reports' workflow (so their timeline starts), changed stored reports get a new version
 * in one JDBC batch (refused when someone changed them since the check), then new and updated values
 * are upserted in multi-row statements; unchanged values and reports are left alone.
 */
@Component
class ImportWriter {

    static final int BATCH = 5_000;
    private static final int REPORTS = 1_000;
    private static final int VALUES_PER_INSERT = 2_000;

    private final JdbcTemplate jdbc;
    private final ReportService reports;
    private final CurrentUser currentUser;
    private final Clock clock;

    ImportWriter(JdbcTemplate jdbc, ReportService reports, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.reports = reports;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    void write(List<PendingReport> pending) {
        List<PendingReport> sorted = new ArrayList<>(pending);
        // institution by institution, so each batch of new reports reads back its ids from few institutions
        sorted.sort(Comparator.comparingLong((PendingReport r) -> r.institutionId).thenComparing(r -> r.periodStart));
        List<PendingReport> created = new ArrayList<>();
        List<StatReport> drafts = new ArrayList<>();
        List<PendingReport> changed = new ArrayList<>();
        for (PendingReport report : sorted) {
            if (report.size() == 0 || !report.changes()) {
                continue;
            }
            if (report.isNew()) {
                StatReport draft = new StatReport(report.form.id(), report.institutionId, report.periodStart);
                draft.setFormVersionId(report.form.versionId());
                draft.setSource(ReportSource.IMPORT);
                drafts.add(draft);
                created.add(report);
            } else {
                changed.add(report);
            }
        }
        List<Long> saved = new ArrayList<>();
        for (int from = 0; from < drafts.size(); from += REPORTS) {
            saved.addAll(reports.createDrafts(drafts.subList(from, Math.min(drafts.size(), from + REPORTS))));
        }
        bumpVersions(changed);
        Upsert batch = new Upsert();
        for (int r = 0; r < created.size(); r++) {
            upserts(created.get(r), saved.get(r), batch);
        }
        for (PendingReport report : changed) {
            upserts(report, report.stored.id(), batch);
        }
        batch.flush();
    }

    /** The stored reports' new version, provided each is still the version (and editable state) the check saw. */
    private void bumpVersions(List<PendingReport> changed) {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(clock));
        String actor = currentUser.actorName();
        for (int from = 0; from < changed.size(); from += BATCH) {
            List<Object[]> rows = changed.subList(from, Math.min(changed.size(), from + BATCH)).stream()
                    .map(r -> new Object[] {actor, now, r.stored.id(), r.stored.version()}).toList();
            int[] counts = jdbc.batchUpdate("""
                    UPDATE stat_report SET version = version + 1, source = 'IMPORT', updated_by = ?, updated_at = ?
                    WHERE id = ? AND version = ? AND status IN ('DRAFT', 'RETURNED')""", rows);
            for (int count : counts) {
                if (count != 1) {
                    throw new OptimisticLockingFailureException("A report changed while it was being imported");
                }
            }
        }
    }

    private void upserts(PendingReport report, long reportId, Upsert upsert) {
        for (int i = 0; i < report.size(); i++) {
            if (report.state(i) != PendingReport.UNCHANGED) {
                upsert.add(reportId, report.elementId(i), report.value(i));
            }
        }
    }

    /**
     * Values in multi-row upserts of {@value #VALUES_PER_INSERT} rows: far fewer round trips than a
     * JDBC batch of single-row statements. The numbers are the checked longs, written as literals.
     */
    private final class Upsert {

        private final StringBuilder sql = new StringBuilder(VALUES_PER_INSERT * 24);
        private int rows;

        void add(long reportId, long elementId, long value) {
            sql.append(rows == 0 ? "INSERT INTO stat_value (stat_report_id, data_element_id, value) VALUES " : ",")
                    .append('(').append(reportId).append(',').append(elementId).append(',').append(value).append(')');
            if (++rows == VALUES_PER_INSERT) {
                flush();
            }
        }

        void flush() {
            if (rows > 0) {
                jdbc.execute(sql.append(" ON DUPLICATE KEY UPDATE value = VALUES(value)").toString());
                sql.setLength(0);
                rows = 0;
            }
        }
    }
}
