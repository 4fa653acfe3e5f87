package com.programdesk.notification.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.statistics.catalog.domain.ReportForm;
import com.programdesk.statistics.catalog.service.StatisticsCatalog;
import com.programdesk.statistics.reporting.domain.ReportCell;
import com.programdesk.statistics.reporting.domain.StatReport;
import com.programdesk.statistics.reporting.service.ReportService;
import com.programdesk.task.domain.Task;
import com.programdesk.task.service.TaskService;
import com.programdesk.testsupport.DemoUsers;
import com.programdesk.testsupport.ProgramDeskTest;
import com.programdesk.testsupport.TestData;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What waits for the bureau reaches the bureau of the institution's own area: 齐贤分院 (齐贤街道) is
 * 柯桥区's, so 柯桥区's coordinator hears of its work, 乐清市's never, and 绍兴市's only when a task
 * is escalated.
 */
@ProgramDeskTest
class AreaNotificationsTest {

    private static final String QIXIAN_PROGRAM = "齐贤分院“早孕关爱行动”工作方案";

    @Autowired
    NotificationService notifications;
    @Autowired
    TaskService tasks;
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
    void aSubmittedReportOfQixianWaitsForKeqiaoNotForYueqing() {
        ReportForm form = demoUsers.as("qixian.staff", () -> catalog.formByCode("EARLY_PREGNANCY").orElseThrow());
        LocalDate month = LocalDate.of(2020, 8, 1);
        StatReport submitted = demoUsers.as("qixian.staff",
                () -> reports.submit(reports.open(form.id(), testData.institutionId("SX-CH-QX"), month), validMonth(form)));

        assertThat(reportNotices("keqiao.coordinator", "REPORT_SUBMITTED", submitted.getId())).isEqualTo(1);
        assertThat(reportNotices("coordinator", "REPORT_SUBMITTED", submitted.getId())).isZero();
        assertThat(reportNotices("shaoxing.coordinator", "REPORT_SUBMITTED", submitted.getId())).isZero();
    }

    @Test
    void aSubmittedTaskWaitsForItsDistrictAndAnOverdueOneEscalatesToTheCityAbove() {
        long program = testData.programIdTitled(QIXIAN_PROGRAM);
        Task task = demoUsers.as("keqiao.coordinator", () -> tasks.assign(
                new Task(program, TestData.unique("齐贤分院通知测试 "), LocalDate.now().plusDays(20)), Set.of(testData.institutionId("SX-CH-QX"))));
        demoUsers.as("qixian.staff", () -> tasks.submit(tasks.find(task.getId()).orElseThrow(), "已完成"));
        demoUsers.as("keqiao.coordinator", () -> tasks.returnForRework(tasks.find(task.getId()).orElseThrow(), "请补充"));

        assertThat(taskNotices("keqiao.coordinator", "SUBMITTED", task)).isEqualTo(1);
        assertThat(taskNotices("coordinator", "SUBMITTED", task)).isZero();
        assertThat(taskNotices("shaoxing.coordinator", "SUBMITTED", task)).isZero();

        demoUsers.as("admin", () -> notifications.remind(task.getDueDate().plusDays(2)));
        assertThat(taskNotices("qixian.staff", "OVERDUE", task)).isEqualTo(1);
        assertThat(taskNotices("keqiao.coordinator", "ESCALATED", task)).isZero();

        demoUsers.as("admin", () -> notifications.remind(task.getDueDate().plusDays(8)));
        assertThat(taskNotices("keqiao.coordinator", "ESCALATED", task)).isEqualTo(1);
        assertThat(taskNotices("shaoxing.coordinator", "ESCALATED", task)).as("escalation reaches the level above").isEqualTo(1);
        assertThat(taskNotices("coordinator", "ESCALATED", task)).isZero();
    }

    private Map<String, ReportCell> validMonth(ReportForm form) {
        Map<String, ReportCell> cells = new HashMap<>();
        form.elements().forEach(row -> cells.put(row.element().code(), new ReportCell(0L, null)));
        for (Map.Entry<String, Long> value : Map.of("EP_VISITS", 40L, "EP_PATH_CONTINUE", 20L, "EP_PATH_ABNORMAL", 5L,
                "EP_PATH_TERMINATE", 15L, "INDUCED_ABORTIONS", 12L, "REPEAT_ABORTIONS", 0L).entrySet()) {
            cells.put(value.getKey(), new ReportCell(value.getValue(), null));
        }
        return cells;
    }

    private long reportNotices(String username, String kind, long reportId) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM notification n JOIN app_user u ON u.id = n.user_id
                WHERE u.username = ? AND n.kind = ? AND n.target_route = ?""").params(username, kind, "reports/" + reportId)
                .query(Long.class).single();
    }

    private long taskNotices(String username, String kind, Task task) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM notification n JOIN app_user u ON u.id = n.user_id
                WHERE u.username = ? AND n.kind = ? AND n.task_id = ?""").params(username, kind, task.getId()).query(Long.class).single();
    }
}
