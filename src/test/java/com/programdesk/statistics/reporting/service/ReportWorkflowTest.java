package com.programdesk.statistics.reporting.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.statistics.catalog.domain.ReportForm;
import com.programdesk.statistics.catalog.domain.RuleViolation;
import com.programdesk.statistics.catalog.service.StatisticsCatalog;
import com.programdesk.statistics.reporting.domain.ReportCell;
import com.programdesk.statistics.reporting.domain.ReportEntry;
import com.programdesk.statistics.reporting.domain.ReportStatus;
import com.programdesk.statistics.reporting.domain.StatReport;
import com.programdesk.testsupport.DemoUsers;
import com.programdesk.testsupport.ProgramDeskTest;
import com.programdesk.testsupport.TestData;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** A hospital files a month, the bureau returns it, the hospital corrects it, the bureau approves and reopens it. */
@ProgramDeskTest
class ReportWorkflowTest {

    private static final LocalDate MONTH = LocalDate.of(2021, 3, 1);

    @Autowired
    ReportService reports;
    @Autowired
    StatisticsCatalog catalog;
    @Autowired
    DemoUsers demoUsers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestData testData;

    private ReportForm form;
    private long mch;

    @BeforeEach
    void assignEarlyPregnancyFormToTheMchHospital() {
        mch = testData.institutionId("YQ-MCH");
        demoUsers.as("coordinator", () -> {
            form = catalog.formByCode("EARLY_PREGNANCY").orElseThrow();
            Set<Long> assigned = new LinkedHashSet<>(catalog.assignedInstitutions(form.id()));
            assigned.add(mch);
            catalog.assign(form.id(), assigned);
        });
    }

    @Test
    void aMonthIsReturnedCorrectedApprovedAndReopened() {
        ReportEntry blank = demoUsers.as("mch.staff", () -> reports.open(form.id(), mch, MONTH));
        assertThat(blank.report().isNew()).isTrue();
        StatReport draft = demoUsers.as("mch.staff", () -> reports.saveDraft(blank, Map.of("EP_VISITS", cell(120))));
        assertThat(draft.getStatus()).isEqualTo(ReportStatus.DRAFT);

        ReportEntry entry = demoUsers.as("mch.staff", () -> reports.open(form.id(), mch, MONTH));
        Map<String, ReportCell> cells = validMonth();
        cells.put("REPEAT_ABORTIONS", cell(31));
        assertThatThrownBy(() -> demoUsers.as("mch.staff", () -> reports.submit(entry, cells)))
                .isInstanceOfSatisfying(ReportRejectedException.class, e -> assertThat(e.violations())
                        .extracting(RuleViolation::ruleCode).containsExactly("REPEAT_WITHIN_INDUCED"));
        assertThat(status(draft)).isEqualTo(ReportStatus.DRAFT);
        assertThat(value(draft, "REPEAT_ABORTIONS")).isNull();

        cells.put("REPEAT_ABORTIONS", cell(1));
        StatReport submitted = demoUsers.as("mch.staff", () -> reports.submit(entry, cells));
        assertThat(submitted.getStatus()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(submitted.getFirstSubmittedAt()).isNotNull();

        assertThatThrownBy(() -> demoUsers.as("coordinator", () -> reports.returnReport(submitted, " ")))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        StatReport returned = demoUsers.as("coordinator", () -> reports.returnReport(submitted, "重复流产数与系统不符"));
        assertThat(returned.getReturnCount()).isEqualTo(1);

        ReportEntry again = demoUsers.as("mch.staff", () -> reports.open(form.id(), mch, MONTH));
        cells.put("REPEAT_ABORTIONS", cell(2));
        StatReport resubmitted = demoUsers.as("mch.staff", () -> reports.submit(again, cells));
        StatReport approved = demoUsers.as("coordinator", () -> reports.approve(resubmitted, null));
        assertThat(approved.getStatus()).isEqualTo(ReportStatus.APPROVED);
        assertThat(cityTotal("REPEAT_ABORTIONS")).isEqualTo(2);

        ReportEntry locked = demoUsers.as("mch.staff", () -> reports.open(form.id(), mch, MONTH));
        assertThatThrownBy(() -> demoUsers.as("mch.staff", () -> reports.saveDraft(locked, cells)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey()).isEqualTo("statistics.error.locked"));

        demoUsers.as("coordinator", () -> reports.reopen(approved, "补报转诊数据"));
        assertThat(status(draft)).isEqualTo(ReportStatus.RETURNED);
        assertThat(cityTotal("REPEAT_ABORTIONS")).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'StatReport' AND entity_id = :id AND changed_fields LIKE '%补报转诊数据%'")
                .param("id", draft.getId()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void anotherHospitalCannotOpenTheReport() {
        assertThatThrownBy(() -> demoUsers.as("second.staff", () -> reports.open(form.id(), mch, MONTH)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private Map<String, ReportCell> validMonth() {
        Map<String, ReportCell> cells = new HashMap<>();
        form.elements().forEach(row -> cells.put(row.element().code(), cell(0)));
        cells.put("EP_VISITS", cell(120));
        cells.put("EP_PATH_CONTINUE", cell(70));
        cells.put("EP_PATH_ABNORMAL", cell(20));
        cells.put("EP_PATH_TERMINATE", cell(30));
        cells.put("INDUCED_ABORTIONS", cell(30));
        return cells;
    }

    private static ReportCell cell(long value) {
        return new ReportCell(value, null);
    }

    private ReportStatus status(StatReport report) {
        return ReportStatus.valueOf(jdbc.sql("SELECT status FROM stat_report WHERE id = :id").param("id", report.getId()).query(String.class).single());
    }

    private Long value(StatReport report, String code) {
        return jdbc.sql("SELECT v.value FROM stat_value v JOIN data_element e ON e.id = v.data_element_id WHERE v.stat_report_id = :id AND e.code = :code")
                .param("id", report.getId()).param("code", code).query(Long.class).optional().orElse(null);
    }

    private long cityTotal(String code) {
        return jdbc.sql("SELECT COALESCE(SUM(t.total), 0) FROM stat_total t JOIN data_element e ON e.id = t.data_element_id WHERE e.code = :code AND t.period_start = :period")
                .param("code", code).param("period", MONTH).query(Long.class).single();
    }
}
