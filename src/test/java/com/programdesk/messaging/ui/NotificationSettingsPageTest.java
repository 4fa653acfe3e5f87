package com.programdesk.messaging.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.messaging.domain.Delivery;
import com.programdesk.messaging.domain.MessageDefaults;
import com.programdesk.messaging.domain.OutboxStatus;
import com.programdesk.messaging.service.DeliveryLogService;
import com.programdesk.notification.domain.NotificationKind;
import com.programdesk.security.domain.Role;
import com.programdesk.testsupport.TestData;
import com.programdesk.testsupport.TestMail;
import com.programdesk.testsupport.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 通知设置 for every user, the delivery log for administrators, without a browser. */
class NotificationSettingsPageTest extends ViewTest {

    @Autowired
    DeliveryLogService deliveryLog;

    @Test
    void hospitalStaffSeeTheirKindsWithTheRolesDefaultsAndKeepWhatTheyChoose() {
        demoUsers.login("hongqiao.staff");
        jdbc.sql("DELETE FROM message_preference WHERE user_id = ?").param(testData.userId("hongqiao.staff")).update();
        NotificationSettingsView view = navigate(NotificationSettingsView.class);

        assertThat(view.choices.keySet()).containsExactlyInAnyOrderElementsOf(MessageDefaults.kindsFor(Role.INSTITUTION))
                .doesNotContain(NotificationKind.REPORT_SUBMITTED);
        assertThat(view.choices.get(NotificationKind.ASSIGNED).getValue()).isEqualTo(Delivery.IMMEDIATE);
        assertThat(view.choices.get(NotificationKind.DUE_SOON).getValue()).isEqualTo(Delivery.DIGEST);
        assertThat(view.choices.get(NotificationKind.ASSIGNED).getHelperText()).isEqualTo("默认");
        assertThat(view.state.getText()).isEqualTo("您的账号还没有电子邮件地址，邮件发不出去。");

        test(view.choices.get(NotificationKind.DUE_SOON)).selectItem("不发送");
        test(view.choices.get(NotificationKind.ASSIGNED)).selectItem("每日摘要");
        test(view.save).click();

        NotificationSettingsView again = navigate(NotificationSettingsView.class);
        assertThat(again.choices.get(NotificationKind.DUE_SOON).getValue()).isEqualTo(Delivery.OFF);
        assertThat(again.choices.get(NotificationKind.ASSIGNED).getValue()).isEqualTo(Delivery.DIGEST);
        assertThat(again.choices.get(NotificationKind.OVERDUE).getValue()).isEqualTo(Delivery.IMMEDIATE);
        assertThat(storedChoices()).isEqualTo(2);

        test(again.choices.get(NotificationKind.ASSIGNED)).selectItem("立即发送");
        test(again.save).click();
        assertThat(storedChoices()).as("back to the default: nothing stored for it").isEqualTo(1);
    }

    @Test
    void aViewerChoosesOnlyHowExpertCommentMentionsReachThem() {
        demoUsers.login("viewer");
        NotificationSettingsView view = navigate(NotificationSettingsView.class);
        assertThat(view.choices).containsOnlyKeys(com.programdesk.notification.domain.NotificationKind.COMMENT_MENTION);
    }

    @Test
    void anAdministratorFiltersTheLogAndSendsATestMessage() {
        demoUsers.login("admin");
        DeliveryLogView view = navigate(DeliveryLogView.class);

        test(view.testAddress).setValue("kein-adresse");
        test(view.sendTest).click();
        assertThat(view.testAddress.isInvalid()).isTrue();
        assertThat(view.testAddress.getErrorMessage()).isEqualTo("请输入有效的电子邮件地址");

        String address = TestData.unique("logtest") + "@example.org";
        test(view.testAddress).setValue(address);
        test(view.sendTest).click();
        assertThat(TestMail.await(address, 1)).hasSize(1);

        test(view.status).selectItem("已发送");
        assertThat(test(view.grid).size()).isEqualTo(deliveryLog.count(OutboxStatus.SENT));
        assertThat(test(view.grid).getRow(0).recipient()).isEqualTo(address);
    }

    private int storedChoices() {
        return jdbc.sql("SELECT COUNT(*) FROM message_preference WHERE user_id = ?").param(testData.userId("hongqiao.staff"))
                .query(Integer.class).single();
    }
}
