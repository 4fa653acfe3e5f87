package com.programdesk.statistics.service;

import com.programdesk.security.service.CurrentUser;
import com.programdesk.statistics.domain.ReportSource;
import com.programdesk.statistics.domain.StatReport;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes an import's checked values in batches, inside the caller's transaction: new reports are
 * created as drafts through the workflow (so their timeline starts), changed stored reports get a new
 * version (refused when someone changed them since the check), then new and updated values are
 * upserted; unchanged values and reports are left alone.
 */
@Component
class ImportWriter {

    static final int BATCH = 5_000;
    private static final String UPSERT = """
            INSERT INTO stat_value (stat_report_id, data_element_id, value) VALUES (?, ?, ?)
            ON DUPLICATE KEY UPDATE value = VALUES(value)""";

    private final JdbcTemplate jdbc;
    private final ReportWorkflow workflow;
    private final CurrentUser currentUser;
    private final Clock clock;

    ImportWriter(JdbcTemplate jdbc, ReportWorkflow workflow, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.workflow = workflow;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    void write(List<PendingReport> pending) {
        List<PendingReport> created = new ArrayList<>();
        List<StatReport> drafts = new ArrayList<>();
        List<PendingReport> changed = new ArrayList<>();
        for (PendingReport report : pending) {
            if (report.size() == 0 || !report.changes()) {
                continue;
            }
            if (report.isNew()) {
                StatReport draft = new StatReport(report.form.id(), report.institutionId, report.periodStart);
                draft.setSource(ReportSource.IMPORT);
                drafts.add(draft);
                created.add(report);
            } else {
                changed.add(report);
            }
        }
        List<StatReport> saved = new ArrayList<>();
        for (int from = 0; from < drafts.size(); from += BATCH) {
            saved.addAll(workflow.createAll(drafts.subList(from, Math.min(drafts.size(), from + BATCH))));
        }
        bumpVersions(changed);
        List<Object[]> batch = new ArrayList<>(BATCH);
        for (int r = 0; r < created.size(); r++) {
            upserts(created.get(r), saved.get(r).getId(), batch);
        }
        for (PendingReport report : changed) {
            upserts(report, report.stored.id(), batch);
        }
        flush(batch);
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

    private void upserts(PendingReport report, long reportId, List<Object[]> batch) {
        for (int i = 0; i < report.size(); i++) {
            if (report.state(i) != PendingReport.UNCHANGED) {
                batch.add(new Object[] {reportId, report.elementId(i), report.value(i)});
                if (batch.size() == BATCH) {
                    flush(batch);
                }
            }
        }
    }

    private void flush(List<Object[]> batch) {
        if (!batch.isEmpty()) {
            jdbc.batchUpdate(UPSERT, batch);
            batch.clear();
        }
    }
}
