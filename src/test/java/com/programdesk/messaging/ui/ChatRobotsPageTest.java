package com.programdesk.messaging.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.institution.service.InstitutionService;
import com.programdesk.messaging.domain.ChatRobot;
import com.programdesk.messaging.service.ChatRobotService;
import com.programdesk.testsupport.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 工作群机器人 without a browser: a coordinator adds a robot for a hospital; the webhook is never shown again. */
class ChatRobotsPageTest extends ViewTest {

    @Autowired
    InstitutionService institutions;
    @Autowired
    ChatRobotService robots;

    @Test
    void aCoordinatorAddsAWeComRobotForTheHospitalAndSeesOnlyItsHint() {
        demoUsers.login("coordinator");
        ChatRobotsView view = navigate(ChatRobotsView.class);
        test(view.add).click();
        ChatRobotsView.Editor editor = $(ChatRobotsView.Editor.class).single();
        assertThat(editor.secret.isVisible()).as("企业微信 robots have no secret").isFalse();
        editor.institution.setValue(institutions.summary(testData.institutionId("YQ-H2")).orElseThrow());
        test(editor.name).setValue("市二院工作群");
        test(editor.webhook).setValue("https://example.com/cgi-bin/webhook/send?key=abc");
        test(editor.save).click();
        assertThat(editor.webhook.isInvalid()).isTrue();
        assertThat(editor.webhook.getErrorMessage()).isEqualTo("请填写企业微信或钉钉机器人的 Webhook 地址");

        test(editor.webhook).setValue("http://127.0.0.1:9/cgi-bin/webhook/send?key=page-test-key-7f3a");
        test(editor.save).click();
        assertThat(editor.isOpened()).isFalse();

        ChatRobot added = test(view.grid).getRow(0);
        assertThat(added.name()).isEqualTo("市二院工作群");
        assertThat(added.webhookHint()).isEqualTo("http://127.0.0.1:9/…7f3a");
        assertThat(test(view.grid).getCellText(0, 3)).doesNotContain("page-test-key");
        robots.delete(added.id());
    }

    @Test
    void aDingTalkRobotAsksForItsSecret() {
        demoUsers.login("coordinator");
        ChatRobotsView view = navigate(ChatRobotsView.class);
        test(view.add).click();
        ChatRobotsView.Editor editor = $(ChatRobotsView.Editor.class).single();
        test(editor.kind).selectItem("钉钉");
        assertThat(editor.secret.isVisible()).isTrue();
        editor.institution.setValue(institutions.summary(testData.institutionId("YQ-H2")).orElseThrow());
        test(editor.name).setValue("钉钉群");
        test(editor.webhook).setValue("http://127.0.0.1:9/robot/send?access_token=t");
        test(editor.save).click();
        assertThat(editor.secret.isInvalid()).isTrue();
        assertThat(editor.isOpened()).isTrue();
    }
}
