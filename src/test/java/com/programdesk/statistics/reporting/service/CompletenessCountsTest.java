package com.programdesk.statistics.reporting.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.statistics.catalog.domain.ReportForm;
import com.programdesk.statistics.catalog.service.StatisticsCatalog;
import com.programdesk.statistics.reporting.domain.CompletenessTally;
import com.programdesk.statistics.reporting.domain.ReportCell;
import com.programdesk.statistics.reporting.domain.ReportEntry;
import com.programdesk.statistics.reporting.domain.StatReport;
import com.programdesk.testsupport.DemoUsers;
import com.programdesk.testsupport.ProgramDeskTest;
import com.programdesk.testsupport.TestData;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The bureau's completeness counts (per form and period) follow every report's steps, agree with the reports, and leave
 * out institutions that no longer file the form.
 */
@ProgramDeskTest
class CompletenessCountsTest {

    private static final LocalDate MONTH = LocalDate.of(2020, 5, 1);

    @Autowired
    ReportService reports;
    @Autowired
    CompletenessService completeness;
    @Autowired
    ReportWorkflow workflow;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    StatisticsCatalog catalog;
    @Autowired
    DemoUsers demoUsers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestData testData;

    @Test
    void aMonthFiledLateIsCountedAtEachStep() {
        long mch = testData.institutionId("YQ-MCH");
        ReportForm form = demoUsers.as("coordinator", () -> {
            ReportForm early = catalog.formByCode("EARLY_PREGNANCY").orElseThrow();
            Set<Long> assigned = new LinkedHashSet<>(catalog.assignedInstitutions(early.id()));
            assigned.add(mch);
            catalog.assign(early.id(), assigned);
            return early;
        });
        ReportEntry blank = demoUsers.as("mch.staff", () -> reports.open(form.id(), mch, MONTH));
        demoUsers.as("mch.staff", () -> reports.saveDraft(blank, Map.of("EP_VISITS", new ReportCell(10L, null))));
        assertThat(counts(form)).containsExactly(1, 0, 0, 0, 0);

        StatReport submitted = demoUsers.as("mch.staff", () -> reports.submit(reports.open(form.id(), mch, MONTH), month(form)));
        assertThat(counts(form)).as("drafts, submitted, returned, approved, received on time (none: years after the due day)").containsExactly(0, 1, 0, 0, 0);
        StatReport returned = demoUsers.as("coordinator", () -> reports.returnReport(submitted, "请核对"));
        assertThat(counts(form)).containsExactly(0, 0, 1, 0, 0);
        StatReport resubmitted = demoUsers.as("mch.staff", () -> reports.submit(reports.open(returned.getId()).orElseThrow(), month(form)));
        StatReport approved = demoUsers.as("coordinator", () -> reports.approve(resubmitted, null));
        assertThat(counts(form)).containsExactly(0, 0, 0, 1, 0);
        demoUsers.as("coordinator", () -> reports.reopen(approved, "补报"));
        assertThat(counts(form)).containsExactly(0, 0, 1, 0, 0);
    }

    @Test
    void theCountsAgreeWithTheReportsAndTheDemoHospitalIsLateEveryMonth() {
        List<Map<String, Object>> running = completeness();
        List<Map<String, Object>> runningByArea = areaCompleteness();
        demoUsers.as("coordinator", () -> reports.recountCompleteness());
        assertThat(completeness()).isEqualTo(running);
        assertThat(areaCompleteness()).as("the counts of every area, kept at each step, are those counted afresh").isEqualTo(runningByArea);

        LocalDate halfYearAgo = LocalDate.now().withDayOfMonth(1).minusMonths(6);
        Map<String, Object> month = jdbc.sql("""
                SELECT c.submitted + c.returned + c.approved AS filed, c.on_time FROM stat_completeness c
                JOIN report_form f ON f.id = c.report_form_id WHERE f.code = 'EARLY_PREGNANCY' AND c.period_start = :month""")
                .param("month", halfYearAgo).query().singleRow();
        assertThat(month).containsEntry("filed", 5L).containsEntry("on_time", 4);
    }

    @Test
    void reportsOfAnInstitutionNoLongerFilingTheFormStayOutOfCompleteness() {
        long form = testForm("TEST_UNASSIGNED");
        long mch = testData.institutionId("YQ-MCH");
        long second = testData.institutionId("YQ-H2");
        demoUsers.as("coordinator", () -> catalog.assign(form, List.of(mch, second)));
        for (long institution : List.of(mch, second)) {
            jdbc.sql("""
                    INSERT INTO stat_report (report_form_id, institution_id, period_start, status, first_submitted_at, submitted_at,
                                             created_by, created_at, updated_by, updated_at)
                    VALUES (:form, :institution, :period, 'APPROVED', :submitted, :submitted, 'test', :submitted, 'test', :submitted)""")
                    .param("form", form).param("institution", institution).param("period", MONTH)
                    .param("submitted", LocalDate.of(2020, 6, 3).atTime(9, 0)).update();
        }
        demoUsers.as("coordinator", () -> reports.recountCompleteness());
        assertThat(tally(form)).isEqualTo(new CompletenessTally(2, 2, 2, 0, 0, 0));

        demoUsers.as("coordinator", () -> catalog.assign(form, List.of(mch)));
        assertThat(tally(form)).isEqualTo(new CompletenessTally(1, 1, 1, 0, 0, 0));
    }

    @Test
    void draftsCreatedByAnImportAreCounted() {
        long form = testForm("TEST_IMPORT_DRAFTS");
        LocalDate january = LocalDate.of(2019, 1, 1);
        demoUsers.as("coordinator", () -> transactions.executeWithoutResult(status -> workflow.startAll(List.of(
                new StatReport(form, testData.institutionId("YQ-MCH"), january), new StatReport(form, testData.institutionId("YQ-H2"), january),
                new StatReport(form, testData.institutionId("YQ-H2"), january.plusMonths(1))))));

        assertThat(jdbc.sql("SELECT drafts FROM stat_completeness WHERE report_form_id = :form ORDER BY period_start")
                .param("form", form).query(Integer.class).list()).containsExactly(2, 1);
    }

    /** A form of the test's own, not active, so that its figures stay apart from the demo's and other tests'. */
    private long testForm(String code) {
        return jdbc.sql("SELECT id FROM report_form WHERE code = :code").param("code", code).query(Long.class).optional().orElseGet(() -> {
            jdbc.sql("""
                    INSERT INTO report_form (code, name_zh, name_en, frequency, due_day, active, position)
                    VALUES (:code, :code, :code, 'MONTHLY', 5, FALSE, 98)""").param("code", code).update();
            return jdbc.sql("SELECT id FROM report_form WHERE code = :code").param("code", code).query(Long.class).single();
        });
    }

    private CompletenessTally tally(long form) {
        return demoUsers.as("coordinator", () -> completeness.byPeriod(form, MONTH, MONTH)).getFirst().tally();
    }

    private List<Integer> counts(ReportForm form) {
        return jdbc.sql("SELECT drafts, submitted, returned, approved, on_time FROM stat_completeness WHERE report_form_id = :form AND period_start = :month")
                .param("form", form.id()).param("month", MONTH)
                .query((rs, n) -> List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5))).single();
    }

    /** The demo's two years, filed through the workflow (other tests write their own years, some directly). */
    private List<Map<String, Object>> completeness() {
        return jdbc.sql("SELECT * FROM stat_completeness WHERE period_start >= :from ORDER BY report_form_id, period_start")
                .param("from", LocalDate.now().withDayOfMonth(1).minusMonths(24)).query().listOfRows();
    }

    private List<Map<String, Object>> areaCompleteness() {
        return jdbc.sql("""
                SELECT * FROM stat_area_completeness WHERE period_start >= :from AND (drafts, submitted, returned, approved, on_time) <> (0, 0, 0, 0, 0)
                ORDER BY report_form_id, area_id, period_start""")
                .param("from", LocalDate.now().withDayOfMonth(1).minusMonths(24)).query().listOfRows();
    }

    private static Map<String, ReportCell> month(ReportForm form) {
        Map<String, ReportCell> cells = new HashMap<>();
        form.elements().forEach(row -> cells.put(row.element().code(), new ReportCell(0L, null)));
        cells.put("EP_VISITS", new ReportCell(100L, null));
        cells.put("EP_PATH_CONTINUE", new ReportCell(100L, null));
        return cells;
    }
}
