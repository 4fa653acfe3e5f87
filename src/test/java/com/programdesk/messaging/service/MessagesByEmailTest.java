package com.programdesk.messaging.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.messaging.domain.Delivery;
import com.programdesk.messaging.domain.OutboxMessage;
import com.programdesk.messaging.domain.OutboxStatus;
import com.programdesk.notification.domain.NotificationKind;
import com.programdesk.security.domain.Role;
import com.programdesk.task.domain.Task;
import com.programdesk.task.service.TaskService;
import com.programdesk.testsupport.DemoUsers;
import com.programdesk.testsupport.ProgramDeskTest;
import com.programdesk.testsupport.TestData;
import com.programdesk.testsupport.TestMail;
import com.programdesk.user.domain.AppUser;
import com.programdesk.user.service.UserService;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Notifications reach people by e-mail, at once or in the daily digest, through the outbox, against a real
 * SMTP server (GreenMail) in the test JVM; every message is sent once, also after a node died mid-send.
 */
@ProgramDeskTest
class MessagesByEmailTest {

    static final String COORDINATOR_MAIL = "coordinator@example.org";
    static final String STAFF_MAIL = "second.staff@example.org";

    @Autowired
    TaskService tasks;
    @Autowired
    MessagePreferenceService preferences;
    @Autowired
    OutboxDelivery delivery;
    @Autowired
    DigestService digests;
    @Autowired
    DeliveryLogService deliveryLog;
    @Autowired
    DemoUsers demoUsers;
    @Autowired
    UserService users;
    @Autowired
    TestData testData;
    @Autowired
    JdbcClient jdbc;

    /** The coordinator of 乐清市 and the staff of 市二院 have verified addresses (no other test reads them). */
    @BeforeEach
    void addresses() {
        jdbc.sql("UPDATE app_user SET email = ?, email_verified = TRUE WHERE username = 'coordinator'").param(COORDINATOR_MAIL).update();
        jdbc.sql("UPDATE app_user SET email = ?, email_verified = TRUE WHERE username = 'second.staff'").param(STAFF_MAIL).update();
    }

    @Test
    void aCoordinatorWithADigestAssignsATaskTheHospitalHearsAtOnceTheCoordinatorInTheMorning() throws Exception {
        demoUsers.as("coordinator", () -> preferences.save(Map.of(NotificationKind.SUBMITTED, Delivery.DIGEST)));
        assertThat(demoUsers.as("coordinator", preferences::mine))
                .anySatisfy(p -> {
                    assertThat(p.kind()).isEqualTo(NotificationKind.SUBMITTED);
                    assertThat(p.delivery()).isEqualTo(Delivery.DIGEST);
                });
        assertThat(demoUsers.as("coordinator", preferences::myEmail).reachable()).isTrue();
        int staffBefore = TestMail.to(STAFF_MAIL).size();
        int coordinatorBefore = TestMail.to(COORDINATOR_MAIL).size();
        String title = TestData.unique("邮件通知任务");

        Task task = demoUsers.as("coordinator", () -> tasks.assign(
                new Task(testData.latestActiveProgramId(), title, LocalDate.now().plusDays(30)), Set.of(testData.institutionId("YQ-H2"))));
        demoUsers.as("admin", delivery::deliverDue);

        List<MimeMessage> toStaff = TestMail.await(STAFF_MAIL, staffBefore + 1);
        MimeMessage assigned = toStaff.stream().filter(m -> subject(m).contains(title)).findFirst().orElseThrow();
        assertThat(subject(assigned)).isEqualTo("[项目协同平台] 新任务：" + title);
        String text = TestMail.part(assigned, "text/plain");
        String html = TestMail.part(assigned, "text/html");
        String link = "http://portal.test/tasks/" + task.getId();
        assertThat(text).contains("新任务：" + title).contains(link).contains("http://portal.test/notification-settings");
        assertThat(html).contains("href=\"" + link + "\"").contains(title);

        demoUsers.as("second.staff", () -> tasks.submit(tasks.find(task.getId()).orElseThrow(), "已完成"));
        demoUsers.as("admin", delivery::deliverDue);
        assertThat(TestMail.to(COORDINATOR_MAIL).stream().filter(m -> contains(m, title)).toList())
                .as("nothing at once: the submission waits for the digest").isEmpty();

        assertThat(demoUsers.as("admin", digests::compose)).isPositive();
        demoUsers.as("admin", delivery::deliverDue);
        List<MimeMessage> toCoordinator = TestMail.await(COORDINATOR_MAIL, coordinatorBefore + 1);
        MimeMessage digest = toCoordinator.stream().filter(m -> contains(m, title)).findFirst().orElseThrow();
        assertThat(subject(digest)).startsWith("[项目协同平台] 每日摘要：");
        assertThat(TestMail.part(digest, "text/plain")).contains("待验收：" + title).contains(link);
        assertThat(TestMail.part(digest, "text/html")).contains("href=\"" + link + "\"");

        int staffSeen = TestMail.to(STAFF_MAIL).size();
        int coordinatorSeen = TestMail.to(COORDINATOR_MAIL).size();
        assertThat(demoUsers.as("admin", digests::compose)).as("everything waiting went into the one digest").isZero();
        assertThat(demoUsers.as("admin", delivery::deliverDue)).isZero();
        assertThat(TestMail.to(STAFF_MAIL)).hasSize(staffSeen);
        assertThat(TestMail.to(COORDINATOR_MAIL)).hasSize(coordinatorSeen);
    }

    @Test
    void aMessageClaimedByANodeThatDiedIsSentOnceAfterItsLeaseAndASentOneNeverAgain() {
        LocalDateTime now = LocalDateTime.now();
        String dead = TestData.unique("dead") + "@example.org";
        String alive = TestData.unique("alive") + "@example.org";
        String sent = TestData.unique("sent") + "@example.org";
        long deadRow = outboxRow(dead, "PENDING", "node-that-died", now.minusMinutes(1));
        long aliveRow = outboxRow(alive, "PENDING", "node-still-sending", now.plusMinutes(4));
        outboxRow(sent, "SENT", null, null);

        demoUsers.as("admin", delivery::deliverDue);
        demoUsers.as("admin", delivery::deliverDue);

        assertThat(TestMail.await(dead, 1)).hasSize(1);
        assertThat(TestMail.to(alive)).as("another node holds it and may be sending it right now").isEmpty();
        assertThat(TestMail.to(sent)).isEmpty();
        assertThat(status(deadRow)).isEqualTo("SENT");
        assertThat(status(aliveRow)).isEqualTo("PENDING");
        assertThat(TestMail.to(dead)).hasSize(1);
    }

    @Test
    void aFailedSendIsRetriedLaterAndGivenUpAfterTheLastAttemptWithItsReasonInTheLog() {
        long row = outboxRow("not an address", "PENDING", null, null);

        demoUsers.as("admin", delivery::deliverDue);
        var afterFirst = jdbc.sql("SELECT attempts, status, last_error, next_attempt_at FROM outbox_message WHERE id = ?").param(row)
                .query((rs, n) -> new Object[] {rs.getInt(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toLocalDateTime()})
                .single();
        assertThat(afterFirst[0]).isEqualTo(1);
        assertThat(afterFirst[1]).isEqualTo("PENDING");
        assertThat((String) afterFirst[2]).isNotBlank();
        assertThat((LocalDateTime) afterFirst[3]).isAfter(LocalDateTime.now());

        jdbc.sql("UPDATE outbox_message SET attempts = 7, next_attempt_at = ? WHERE id = ?").params(LocalDateTime.now().minusSeconds(1), row)
                .update();
        demoUsers.as("admin", delivery::deliverDue);

        assertThat(status(row)).isEqualTo("FAILED");
        List<OutboxMessage> failed = demoUsers.as("admin", () -> deliveryLog.search(OutboxStatus.FAILED, 0, 500));
        assertThat(failed).anySatisfy(m -> {
            assertThat(m.id()).isEqualTo(row);
            assertThat(m.attempts()).isEqualTo(8);
            assertThat(m.retried()).isTrue();
            assertThat(m.lastError()).isNotBlank();
        });
    }

    @Test
    void anAdministratorSendsATestMessageToAValidAddressOnly() throws Exception {
        String address = TestData.unique("test") + "@example.org";
        assertThat(demoUsers.as("admin", () -> deliveryLog.sendTest(address))).isTrue();
        assertThat(subject(TestMail.await(address, 1).getFirst())).isEqualTo("[项目协同平台] 测试邮件");
        assertThat(demoUsers.as("admin", () -> deliveryLog.search(OutboxStatus.SENT, 0, 50)))
                .anySatisfy(m -> assertThat(m.recipient()).isEqualTo(address));

        assertThatThrownBy(() -> demoUsers.as("admin", () -> deliveryLog.sendTest("no-at-sign")))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey()).isEqualTo("messaging.error.address"));
    }

    @Test
    void anAdministratorOfACountyReadsOnlyTheMessagesOfTheirArea() {
        AppUser countyAdmin = new AppUser(TestData.unique("kqadmin"), "柯桥区管理员", Role.ADMIN, null);
        countyAdmin.setAreaId(testData.areaId("330603"));
        String username = demoUsers.as("admin", () -> users.create(countyAdmin, "Kq-Admin-2026-pass!")).getUsername();
        String own = TestData.unique("county") + "@example.org";
        demoUsers.as(username, () -> deliveryLog.sendTest(own));
        demoUsers.as("admin", () -> deliveryLog.sendTest(TestData.unique("city") + "@example.org"));
        outboxRow(STAFF_MAIL, "SENT", null, null);

        List<OutboxMessage> seen = demoUsers.as(username, () -> deliveryLog.search(null, 0, 1000));
        assertThat(seen).extracting(OutboxMessage::recipient).contains(own).doesNotContain(STAFF_MAIL).allMatch(r -> r.startsWith("county"));
        assertThat(demoUsers.as(username, () -> deliveryLog.count(null))).isEqualTo(seen.size());
        assertThat(demoUsers.as("admin", () -> deliveryLog.search(null, 0, 1000))).extracting(OutboxMessage::recipient).contains(own, STAFF_MAIL);
    }

    @Test
    void anUnverifiedAddressReceivesNothing() {
        String title = TestData.unique("未验证地址");
        jdbc.sql("UPDATE app_user SET email_verified = FALSE WHERE username = 'second.staff'").update();
        try {
            Task task = demoUsers.as("coordinator", () -> tasks.assign(
                    new Task(testData.latestActiveProgramId(), title, LocalDate.now().plusDays(30)), Set.of(testData.institutionId("YQ-H2"))));
            assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE route = ?").param("tasks/" + task.getId())
                    .query(Integer.class).single()).isZero();
            assertThat(demoUsers.as("second.staff", preferences::myEmail).reachable()).isFalse();
        } finally {
            jdbc.sql("UPDATE app_user SET email_verified = TRUE WHERE username = 'second.staff'").update();
        }
    }

    private long outboxRow(String recipient, String status, String claimedBy, LocalDateTime claimedUntil) {
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        LocalDateTime created = LocalDateTime.now().minusMinutes(10);
        jdbc.sql("""
                INSERT INTO outbox_message (channel, kind, recipient, locale, subject, route, status, attempts, next_attempt_at,
                                            claimed_by, claimed_until, created_at, sent_at)
                VALUES ('EMAIL', 'ASSIGNED', ?, 'zh-CN', '租约测试', 'tasks/1', ?, ?, ?, ?, ?, ?, ?)""")
                .params(recipient, status, "SENT".equals(status) ? 1 : 0, created, claimedBy, claimedUntil, created,
                        "SENT".equals(status) ? created : null)
                .update(key, "id");
        return key.getKey().longValue();
    }

    private String status(long id) {
        return jdbc.sql("SELECT status FROM outbox_message WHERE id = ?").param(id).query(String.class).single();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean contains(MimeMessage message, String text) {
        return TestMail.part(message, "text/plain").contains(text) || subject(message).contains(text);
    }
}
