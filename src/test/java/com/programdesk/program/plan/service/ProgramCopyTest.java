package com.programdesk.program.plan.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.program.targets.domain.TargetMeasure;
import com.programdesk.program.plan.domain.Program;
import com.programdesk.program.plan.domain.ProgramCopied;
import com.programdesk.program.plan.domain.ProgramStatus;
import com.programdesk.testsupport.DemoUsers;
import com.programdesk.testsupport.ProgramDeskTest;
import com.programdesk.testsupport.TestData;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The bureau copies this year's plan to the next: streams, targets with new values, activities a year on, tasks as drafts. */
@ProgramDeskTest
class ProgramCopyTest {

    @Autowired
    ProgramCopyService copies;
    @Autowired
    ProgramService programs;
    @Autowired
    DemoUsers demoUsers;
    @Autowired
    TestData testData;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theCopyHasEveryPartAsADraftActivitiesAYearOnAndTheNewTargetValue() {
        long sourceId = testData.latestActiveProgramId();
        Program source = demoUsers.as("coordinator", () -> programs.find(sourceId).orElseThrow());
        long target = firstTarget(sourceId);
        long activities = count("SELECT COUNT(*) FROM activity WHERE status <> 'CANCELLED' AND program_id = ?", sourceId);
        long tasks = count("SELECT COUNT(*) FROM task WHERE program_id = ?", sourceId);
        long streams = count("SELECT COUNT(*) FROM work_stream WHERE program_id = ?", sourceId);
        long targets = count("SELECT COUNT(*) FROM target WHERE program_id = ?", sourceId);
        int years = source.getPeriodEnd().getYear() - source.getPeriodStart().getYear() + 1;

        ProgramCopied copied = demoUsers.as("coordinator", () -> copies.copy(sourceId, TestData.unique("下一周期方案"),
                source.getPeriodStart().plusYears(years), source.getPeriodEnd().plusYears(years), Map.of(target, new BigDecimal("150"))));

        long copy = copied.program().getId();
        assertThat(copied.program().getStatus()).isEqualTo(ProgramStatus.DRAFT);
        assertThat(copied.workStreams()).isEqualTo(streams).isEqualTo(count("SELECT COUNT(*) FROM work_stream WHERE program_id = ?", copy));
        assertThat(copied.targets()).isEqualTo(targets).isEqualTo(count("SELECT COUNT(*) FROM target WHERE program_id = ?", copy));
        assertThat(copied.activities()).isEqualTo(activities).isPositive()
                .isEqualTo(count("SELECT COUNT(*) FROM activity WHERE status = 'PLANNED' AND program_id = ?", copy));
        assertThat(copied.tasks()).isEqualTo(tasks).isPositive()
                .isEqualTo(count("SELECT COUNT(*) FROM task WHERE status = 'ASSIGNED' AND progress_percent = 0 AND program_id = ?", copy));
        assertThat(jdbc.sql("SELECT target_value FROM target WHERE program_id = ? ORDER BY position, id LIMIT 1").param(copy)
                .query(BigDecimal.class).single()).isEqualByComparingTo("150");
        // every activity moved on by whole years: the same month and day (an observance day stays on its day)
        assertThat(count("""
                SELECT COUNT(*) FROM activity n JOIN activity o ON o.program_id = ? AND o.title = n.title
                  AND n.window_start = o.window_start + INTERVAL ? YEAR WHERE n.program_id = ?""", sourceId, years, copy))
                .isGreaterThanOrEqualTo(activities);
        // tasks follow the work stream at the same position in the copy
        assertThat(count("""
                SELECT COUNT(*) FROM task t JOIN work_stream w ON w.id = t.work_stream_id WHERE t.program_id = ? AND w.program_id <> ?""",
                copy, copy)).isZero();
    }

    @Test
    void anOverlappingPeriodOrAWrongTargetValueIsSaidAtItsFieldAndNothingIsWritten() {
        long sourceId = testData.latestActiveProgramId();
        Program source = demoUsers.as("coordinator", () -> programs.find(sourceId).orElseThrow());
        long target = firstTarget(sourceId);
        long programsBefore = count("SELECT COUNT(*) FROM program WHERE id > ?", 0);
        long tasksBefore = count("SELECT COUNT(*) FROM task WHERE id > ?", 0);
        String title = TestData.unique("重叠期间的方案");

        demoUsers.as("coordinator", () -> {
            refused(() -> copies.copy(sourceId, title, source.getPeriodEnd().minusMonths(1), source.getPeriodEnd().plusYears(1), Map.of()),
                    "periodStart", "program.copy.error.overlap");
            refused(() -> copies.copy(sourceId, title, source.getPeriodStart().plusYears(5), source.getPeriodEnd().plusYears(5),
                    Map.of(target, new BigDecimal("-1"))), "target-" + target, "program.copy.error.targetValue");
            refused(() -> copies.copy(sourceId, " ", source.getPeriodStart().plusYears(5), source.getPeriodEnd().plusYears(5), Map.of()),
                    "title", "validation.required");
        });
        assertThat(count("SELECT COUNT(*) FROM program WHERE id > ?", 0)).isEqualTo(programsBefore);
        assertThat(count("SELECT COUNT(*) FROM task WHERE id > ?", 0)).isEqualTo(tasksBefore);
    }

    @Test
    void theCopyKnowsWhichTargetMeasuresCountEvents() {
        for (TargetMeasure measure : TargetMeasure.values()) {
            assertThat(ProgramCopyService.COUNTED_MEASURES.contains("'" + measure.name() + "'")).as(measure.name()).isEqualTo(measure.countsEvents());
        }
    }

    private long firstTarget(long programId) {
        return jdbc.sql("SELECT id FROM target WHERE program_id = ? ORDER BY position, id LIMIT 1").param(programId).query(Long.class).single();
    }

    private long count(String sql, Object... params) {
        var statement = jdbc.sql(sql);
        for (Object param : params) {
            statement = statement.param(param);
        }
        return statement.query(Long.class).single();
    }

    private static void refused(Runnable work, String field, String messageKey) {
        assertThatThrownBy(work::run).isInstanceOfSatisfying(InvalidFieldException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(messageKey);
        });
    }
}
