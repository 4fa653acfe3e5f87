package com.programdesk.notification.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.task.domain.Task;
import com.programdesk.task.service.TaskService;
import com.programdesk.testsupport.DemoUsers;
import com.programdesk.testsupport.ProgramDeskTest;
import com.programdesk.testsupport.TestData;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** People hear about their tasks in the portal, once per event, and reminders never repeat. */
@ProgramDeskTest
class NotificationsTest {

    @Autowired
    NotificationService notifications;
    @Autowired
    TaskService tasks;
    @Autowired
    DemoUsers demoUsers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestData testData;

    @Test
    void assignmentSubmissionAndEachReturnNotifyTheRightPeople() {
        Task task = demoUsers.as("coordinator", () -> tasks.assign(newTask("通知测试", 30), Set.of(testData.institutionId("YQ-H2"))));
        assertThat(count("second.staff", "ASSIGNED", task)).isEqualTo(1);
        assertThat(count("mch.staff", "ASSIGNED", task)).isZero();

        for (int round = 0; round < 2; round++) {
            demoUsers.as("second.staff", () -> tasks.submit(tasks.find(task.getId()).orElseThrow(), "完成"));
            demoUsers.as("coordinator", () -> tasks.returnForRework(tasks.find(task.getId()).orElseThrow(), "再补充"));
        }
        assertThat(count("coordinator", "SUBMITTED", task)).isEqualTo(2);
        assertThat(count("second.staff", "RETURNED", task)).isEqualTo(2);

        int unread = demoUsers.as("second.staff", notifications::unreadCount);
        demoUsers.as("second.staff", notifications::markAllRead);
        assertThat(demoUsers.as("second.staff", notifications::unreadCount)).isZero();
        assertThat(unread).isGreaterThanOrEqualTo(3);
        assertThat(demoUsers.as("coordinator", notifications::unreadCount)).isPositive();
    }

    @Test
    void remindersComeOnceDueSoonThenOverdueThenEscalated() {
        Task task = demoUsers.as("coordinator", () -> tasks.assign(newTask("提醒测试", 20), Set.of(testData.institutionId("YQ-MCH"))));
        LocalDate due = task.getDueDate();

        demoUsers.as("admin", () -> notifications.remind(due.minusDays(30)));
        assertThat(count("mch.staff", "DUE_SOON", task)).isZero();

        demoUsers.as("admin", () -> notifications.remind(due.minusDays(1)));
        int again = demoUsers.as("admin", () -> notifications.remind(due.minusDays(1)));
        assertThat(count("mch.staff", "DUE_SOON", task)).isEqualTo(1);
        assertThat(again).isZero();

        demoUsers.as("admin", () -> notifications.remind(due.plusDays(2)));
        assertThat(count("mch.staff", "OVERDUE", task)).isEqualTo(1);
        assertThat(count("coordinator", "ESCALATED", task)).isZero();

        demoUsers.as("admin", () -> notifications.remind(due.plusDays(8)));
        demoUsers.as("admin", () -> notifications.remind(due.plusDays(9)));
        assertThat(count("coordinator", "ESCALATED", task)).isEqualTo(1);
        assertThat(count("mch.staff", "OVERDUE", task)).isEqualTo(1);
    }

    @Test
    void openFindingsPastTheirDueDateRemindTheirInstitutionOnce() {
        long overdueFinding = jdbc.sql("""
                SELECT f.id FROM finding f JOIN institution i ON i.id = f.institution_id
                WHERE i.code = 'YQ-H2' AND f.status = 'OPEN' AND f.severity = 'CRITICAL'""").query(Long.class).single();
        demoUsers.as("admin", () -> notifications.remind(LocalDate.now()));
        int again = demoUsers.as("admin", () -> notifications.remind(LocalDate.now()));
        assertThat(findingNotices("second.staff", "FINDING_OVERDUE", overdueFinding)).isEqualTo(1);
        assertThat(findingNotices("mch.staff", "FINDING_OVERDUE", overdueFinding)).isZero();
        assertThat(again).isZero();
        assertThat(demoUsers.as("second.staff", () -> notifications.mine(0, 50)))
                .anySatisfy(n -> assertThat(n.route()).contains("findings/" + overdueFinding));
    }

    private long findingNotices(String username, String kind, long findingId) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM notification n JOIN app_user u ON u.id = n.user_id
                WHERE u.username = ? AND n.kind = ? AND n.finding_id = ?""").params(username, kind, findingId).query(Long.class).single();
    }

    private long count(String username, String kind, Task task) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM notification n JOIN app_user u ON u.id = n.user_id
                WHERE u.username = ? AND n.kind = ? AND n.task_id = ?""").params(username, kind, task.getId()).query(Long.class).single();
    }

    private Task newTask(String title, int dueInDays) {
        long program = testData.latestActiveProgramId();
        return new Task(program, title, LocalDate.now().plusDays(dueInDays));
    }
}
