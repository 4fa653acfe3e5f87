package com.programdesk.messaging.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.messaging.domain.Channel;
import com.programdesk.messaging.domain.ChatRobotDraft;
import com.programdesk.messaging.domain.Delivery;
import com.programdesk.messaging.domain.RobotScope;
import com.programdesk.notification.domain.NotificationKind;
import com.programdesk.notification.service.NotificationService;
import com.programdesk.task.domain.Task;
import com.programdesk.task.service.TaskService;
import com.programdesk.testsupport.DemoUsers;
import com.programdesk.testsupport.ProgramDeskTest;
import com.programdesk.testsupport.TestData;
import com.programdesk.testsupport.TestMail;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Work-chat robots post an institution's messages to its group, and the bureau's to the bureau's group, against a
 * real local HTTP server standing in for 企业微信 and 钉钉; with the coordinator's e-mail digest, the issue's
 * "done when".
 */
@ProgramDeskTest
class WorkChatRobotsTest {

    @Autowired
    ChatRobotService robots;
    @Autowired
    MessagePreferenceService preferences;
    @Autowired
    OutboxDelivery delivery;
    @Autowired
    DigestService digests;
    @Autowired
    TaskService tasks;
    @Autowired
    NotificationService notifications;
    @Autowired
    DemoUsers demoUsers;
    @Autowired
    TestData testData;
    @Autowired
    JdbcClient jdbc;

    HttpServer server;
    final List<Posted> posted = Collections.synchronizedList(new ArrayList<>());
    final List<Long> made = new ArrayList<>();

    record Posted(String path, Map<String, String> query, String body) {
    }

    @BeforeEach
    void groupServers() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        for (String path : List.of("/wecom", "/dingtalk", "/refusing")) {
            server.createContext(path, exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                posted.add(new Posted(path, query(exchange.getRequestURI().getRawQuery()), body));
                byte[] answer = (path.equals("/refusing") ? "{\"errcode\":310000,\"errmsg\":\"sign not match\"}"
                        : "{\"errcode\":0,\"errmsg\":\"ok\"}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, answer.length);
                exchange.getResponseBody().write(answer);
                exchange.close();
            });
        }
        server.start();
        jdbc.sql("UPDATE app_user SET email = ?, email_verified = TRUE WHERE username = 'coordinator'")
                .param(MessagesByEmailTest.COORDINATOR_MAIL).update();
    }

    /** The robots of this test go, so that later tests' events post nowhere. */
    @AfterEach
    void removeRobots() {
        made.forEach(id -> demoUsers.as("admin", () -> robots.delete(id)));
        server.stop(0);
    }

    @Test
    void aCoordinatorSetsAWeComRobotForTheHospitalAndADigestForThemselfAssignsATaskAndBothMessagesArrive() {
        String webhook = base() + "/wecom?key=d41f-very-secret-key";
        long robot = create("coordinator", new ChatRobotDraft(RobotScope.INSTITUTION, testData.institutionId("YQ-H2"), null, null,
                Channel.WECOM, "市二院工作群", webhook, null));
        demoUsers.as("coordinator", () -> preferences.save(Map.of(NotificationKind.SUBMITTED, Delivery.DIGEST)));
        String title = TestData.unique("机器人任务");
        int mailsBefore = TestMail.to(MessagesByEmailTest.COORDINATOR_MAIL).size();

        Task task = demoUsers.as("coordinator", () -> tasks.assign(
                new Task(testData.latestActiveProgramId(), title, LocalDate.now().plusDays(30)), Set.of(testData.institutionId("YQ-H2"))));
        demoUsers.as("admin", delivery::deliverDue);

        List<Posted> toGroup = postsAbout(title);
        assertThat(toGroup).hasSize(1);
        assertThat(toGroup.getFirst().path()).isEqualTo("/wecom");
        assertThat(toGroup.getFirst().query()).containsEntry("key", "d41f-very-secret-key");
        assertThat(toGroup.getFirst().body()).startsWith("{\"msgtype\":\"markdown\",\"markdown\":{\"content\":\"**新任务**")
                .contains("新任务：" + title).contains("(http://portal.test/tasks/" + task.getId() + ")");

        demoUsers.as("second.staff", () -> tasks.submit(tasks.find(task.getId()).orElseThrow(), "已完成"));
        demoUsers.as("admin", digests::compose);
        demoUsers.as("admin", delivery::deliverDue);
        List<MimeMessage> digest = TestMail.await(MessagesByEmailTest.COORDINATOR_MAIL, mailsBefore + 1).stream()
                .filter(m -> TestMail.part(m, "text/plain").contains("待验收：" + title)).toList();
        assertThat(digest).hasSize(1);
        assertThat(postsAbout(title)).as("a submission waits for the bureau, not for the hospital's group").hasSize(1);

        demoUsers.as("admin", delivery::deliverDue);
        assertThat(postsAbout(title)).as("sent once").hasSize(1);

        assertThat(demoUsers.as("coordinator", robots::list)).anySatisfy(r -> {
            assertThat(r.id()).isEqualTo(robot);
            assertThat(r.webhookHint()).isEqualTo(base() + "/…-key").doesNotContain("very-secret");
            assertThat(r.target()).isEqualTo("乐清市第二人民医院");
        });
        String stored = jdbc.sql("SELECT webhook_enc FROM chat_robot WHERE id = ?").param(robot).query(String.class).single();
        assertThat(stored).doesNotContain("very-secret").doesNotContain("wecom");
        assertThat(jdbc.sql("SELECT changed_fields FROM audit_event WHERE entity_type = 'ChatRobot' AND entity_id = ?").param(robot)
                .query(String.class).list()).allSatisfy(audit -> assertThat(audit).doesNotContain("very-secret"));
    }

    @Test
    void theBureausDingTalkRobotHearsWhatWaitsForTheBureauSignedWithItsSecret() throws Exception {
        create("coordinator", new ChatRobotDraft(RobotScope.BUREAU, null, null, testData.areaId("330382"), Channel.DINGTALK, "乐清市卫健局群",
                base() + "/dingtalk?access_token=tok", "SECbureau-secret"));
        String title = TestData.unique("钉钉任务");
        Task task = demoUsers.as("coordinator", () -> tasks.assign(
                new Task(testData.latestActiveProgramId(), title, LocalDate.now().plusDays(30)), Set.of(testData.institutionId("YQ-H2"))));
        demoUsers.as("second.staff", () -> tasks.submit(tasks.find(task.getId()).orElseThrow(), "已完成"));
        demoUsers.as("admin", delivery::deliverDue);

        List<Posted> toBureau = postsAbout(title);
        assertThat(toBureau).as("the assignment is the hospital's business, the submission the bureau's").hasSize(1);
        Posted post = toBureau.getFirst();
        assertThat(post.path()).isEqualTo("/dingtalk");
        assertThat(post.body()).contains("\"title\":\"任务待验收\"").contains("待验收：" + title);
        String timestamp = post.query().get("timestamp");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("SECbureau-secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = Base64.getEncoder().encodeToString(mac.doFinal((timestamp + "\nSECbureau-secret").getBytes(StandardCharsets.UTF_8)));
        assertThat(post.query()).containsEntry("sign", expected).containsEntry("access_token", "tok");
    }

    @Test
    void aTaskDueSoonIsPostedOnceHoweverOftenTheReminderScans() {
        create("coordinator", new ChatRobotDraft(RobotScope.INSTITUTION, testData.institutionId("YQ-H2"), null, null, Channel.WECOM,
                "市二院提醒群", base() + "/wecom?key=remind", null));
        String title = TestData.unique("提醒机器人");
        Task task = demoUsers.as("coordinator", () -> tasks.assign(
                new Task(testData.latestActiveProgramId(), title, LocalDate.now().plusDays(30)), Set.of(testData.institutionId("YQ-H2"))));
        demoUsers.as("admin", delivery::deliverDue);

        for (int scan = 0; scan < 2; scan++) {
            demoUsers.as("admin", () -> notifications.remind(task.getDueDate().minusDays(1)));
            demoUsers.as("admin", delivery::deliverDue);
        }
        assertThat(postsAbout(title).stream().filter(p -> p.body().contains("任务即将到期")).toList()).hasSize(1);
        assertThat(postsAbout(title)).as("assigned, then due soon").hasSize(2);
    }

    @Test
    void aRobotThatRefusesIsRetriedWithItsAnswerAsTheReason() {
        long robot = create("admin", new ChatRobotDraft(RobotScope.INSTITUTION, testData.institutionId("YQ-H2"), null, null, Channel.WECOM,
                "拒收的群", base() + "/refusing?key=x", null));
        assertThat(demoUsers.as("admin", () -> robots.sendTest(robot))).isFalse();
        String error = jdbc.sql("SELECT last_error FROM outbox_message WHERE robot_id = ? AND kind = 'TEST'").param(robot)
                .query(String.class).single();
        assertThat(error).contains("310000").contains("sign not match");
    }

    @Test
    void webhooksOfOtherHostsSecretlessDingTalkAndAnotherAreasInstitutionAreRefused() {
        long hospital = testData.institutionId("YQ-H2");
        assertThatThrownBy(() -> create("coordinator", new ChatRobotDraft(RobotScope.INSTITUTION, hospital, null, null, Channel.WECOM, "群",
                "http://evil.example/hook", null)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("webhook"));
        assertThatThrownBy(() -> create("coordinator", new ChatRobotDraft(RobotScope.INSTITUTION, hospital, null, null, Channel.DINGTALK, "群",
                base() + "/dingtalk?access_token=t", " ")))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey()).isEqualTo("messaging.robot.error.secretRequired"));
        assertThatThrownBy(() -> create("keqiao.coordinator", new ChatRobotDraft(RobotScope.INSTITUTION, hospital, null, null, Channel.WECOM,
                "群", base() + "/wecom?key=k", null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(demoUsers.as("keqiao.coordinator", robots::list)).noneMatch(r -> r.target().equals("乐清市第二人民医院"));
    }

    private long create(String username, ChatRobotDraft draft) {
        long id = demoUsers.as(username, () -> robots.create(draft));
        made.add(id);
        return id;
    }

    private List<Posted> postsAbout(String title) {
        return posted.stream().filter(p -> p.body().contains(title)).toList();
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                query.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return query;
    }
}
