package com.programdesk.notification.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.notification.domain.Notification;
import com.programdesk.statistics.catalog.domain.ReportForm;
import com.programdesk.statistics.catalog.service.StatisticsCatalog;
import com.programdesk.statistics.reporting.domain.ReportCell;
import com.programdesk.statistics.reporting.domain.ReportEntry;
import com.programdesk.statistics.reporting.domain.StatReport;
import com.programdesk.statistics.reporting.service.ReportService;
import com.programdesk.testsupport.DemoUsers;
import com.programdesk.testsupport.ProgramDeskTest;
import com.programdesk.testsupport.TestData;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The bureau hears of submitted reports, the hospital of the bureau's decisions and of reports it has not filed. */
@ProgramDeskTest
class ReportNotificationsTest {

    @Autowired
    NotificationService notifications;
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

    @Test
    void submissionReachesTheCoordinatorsAndEachDecisionTheHospital() {
        ReportForm form = demoUsers.as("mch.staff", () -> catalog.formByCode("EARLY_PREGNANCY").orElseThrow());
        LocalDate month = LocalDate.of(2019, 11, 1);
        StatReport submitted = demoUsers.as("mch.staff", () -> reports.submit(reports.open(form.id(), testData.institutionId("YQ-MCH"), month), validMonth(form)));
        long report = submitted.getId();
        assertThat(count("coordinator", "REPORT_SUBMITTED", report)).isEqualTo(1);
        assertThat(unread("coordinator", "REPORT_SUBMITTED", report)).isEqualTo(1);
        assertThat(count("mch.staff", "REPORT_SUBMITTED", report)).isZero();
        assertThat(demoUsers.as("coordinator", () -> notifications.mine(0, 20)))
                .anySatisfy(n -> assertThat(n.subject()).isEqualTo("乐清市妇幼保健院 早孕关爱服务月报表 2019-11"))
                .filteredOn(n -> n.subject().contains("2019-11")).extracting(Notification::route).containsOnly(Optional.of("reports/" + report));

        StatReport returned = demoUsers.as("coordinator", () -> reports.returnReport(submitted, "转诊例数有误"));
        assertThat(count("mch.staff", "REPORT_RETURNED", report)).isEqualTo(1);
        assertThat(unread("coordinator", "REPORT_SUBMITTED", report)).as("a reviewed report is no longer 'to review'").isZero();

        ReportEntry again = demoUsers.as("mch.staff", () -> reports.open(report).orElseThrow());
        StatReport resubmitted = demoUsers.as("mch.staff", () -> reports.submit(again, validMonth(form)));
        assertThat(count("coordinator", "REPORT_SUBMITTED", report)).isEqualTo(2);
        assertThat(unread("mch.staff", "REPORT_RETURNED", report)).isZero();

        StatReport approved = demoUsers.as("coordinator", () -> reports.approve(resubmitted, null));
        demoUsers.as("coordinator", () -> reports.reopen(approved, "补报随访数据"));
        assertThat(count("mch.staff", "REPORT_APPROVED", report)).isEqualTo(1);
        assertThat(count("mch.staff", "REPORT_REOPENED", report)).isEqualTo(1);
        assertThat(count("second.staff", "REPORT_RETURNED", report) + count("second.staff", "REPORT_APPROVED", report)).isZero();
        assertThat(returned.getReturnCount()).isEqualTo(1);
    }

    /** The survey is due on 10 October for the third quarter; the township health centre has submitted, the MCH hospital not. */
    @Test
    void aMissingReportIsRemindedOnceBeforeTheDueDayAndOnceAfterIt() {
        ReportForm survey = demoUsers.as("coordinator", () -> catalog.formByCode("AWARENESS_SURVEY").orElseThrow());
        LocalDate quarter = LocalDate.of(2020, 7, 1);
        jdbc.sql("""
                INSERT INTO stat_report (report_form_id, institution_id, period_start, status, first_submitted_at, submitted_at,
                                         created_by, created_at, updated_by, updated_at)
                VALUES (:form, :institution, :period, 'SUBMITTED', '2020-10-06 09:00', '2020-10-06 09:00', 'test', '2020-10-06 09:00', 'test', '2020-10-06 09:00')""")
                .param("form", survey.id()).param("institution", testData.institutionId("YQ-HQ-HC")).param("period", quarter).update();
        String slot = "reports/" + survey.id() + "/" + testData.institutionId("YQ-MCH") + "/2020Q3";

        demoUsers.as("admin", () -> notifications.remind(LocalDate.of(2020, 9, 20)));
        assertThat(reminders("mch.staff", "REPORT_DUE_SOON", slot)).isZero();

        demoUsers.as("admin", () -> notifications.remind(LocalDate.of(2020, 10, 9)));
        demoUsers.as("admin", () -> notifications.remind(LocalDate.of(2020, 10, 10)));
        assertThat(reminders("mch.staff", "REPORT_DUE_SOON", slot)).isEqualTo(1);
        assertThat(reminders("mch.staff", "REPORT_OVERDUE", slot)).isZero();
        assertThat(reminders("hongqiao.staff", "REPORT_DUE_SOON", "reports/" + survey.id() + "/" + testData.institutionId("YQ-HQ-HC") + "/2020Q3")).isZero();

        demoUsers.as("admin", () -> notifications.remind(LocalDate.of(2020, 10, 11)));
        demoUsers.as("admin", () -> notifications.remind(LocalDate.of(2020, 10, 20)));
        assertThat(reminders("mch.staff", "REPORT_OVERDUE", slot)).isEqualTo(1);
        assertThat(demoUsers.as("mch.staff", () -> notifications.mine(0, 50)))
                .anySatisfy(n -> assertThat(n.route()).contains(slot));
    }

    private Map<String, ReportCell> validMonth(ReportForm form) {
        Map<String, ReportCell> cells = new HashMap<>();
        form.elements().forEach(row -> cells.put(row.element().code(), new ReportCell(0L, null)));
        for (Map.Entry<String, Long> value : Map.of("EP_VISITS", 100L, "EP_PATH_CONTINUE", 60L, "EP_PATH_ABNORMAL", 10L,
                "EP_PATH_TERMINATE", 30L, "INDUCED_ABORTIONS", 25L, "REPEAT_ABORTIONS", 1L).entrySet()) {
            cells.put(value.getKey(), new ReportCell(value.getValue(), null));
        }
        return cells;
    }

    private long count(String username, String kind, long reportId) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM notification n JOIN app_user u ON u.id = n.user_id
                WHERE u.username = ? AND n.kind = ? AND n.target_route = ?""").params(username, kind, "reports/" + reportId)
                .query(Long.class).single();
    }

    private long unread(String username, String kind, long reportId) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM notification n JOIN app_user u ON u.id = n.user_id
                WHERE u.username = ? AND n.kind = ? AND n.target_route = ? AND n.read_at IS NULL""")
                .params(username, kind, "reports/" + reportId).query(Long.class).single();
    }

    private long reminders(String username, String kind, String route) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM notification n JOIN app_user u ON u.id = n.user_id
                WHERE u.username = ? AND n.kind = ? AND n.target_route = ?""").params(username, kind, route).query(Long.class).single();
    }
}
