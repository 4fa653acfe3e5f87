package com.programdesk.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.testsupport.TestData;
import com.programdesk.testsupport.ViewTest;
import org.junit.jupiter.api.Test;

/** Reading one's notifications empties the header's bell at once, not only at the next click in the menu. */
class NotificationsViewTest extends ViewTest {

    @Test
    void markingAllReadClearsTheBellAtOnce() {
        String username = TestData.unique("bell.staff");
        jdbc.sql("""
                INSERT INTO app_user (username, display_name, role, institution_id, password_hash, enabled, created_at)
                SELECT ?, display_name, role, institution_id, password_hash, enabled, created_at FROM app_user WHERE username = 'mch.staff'""")
                .param(username).update();
        long userId = testData.userId(username);
        for (int i = 0; i < 2; i++) {
            jdbc.sql("""
                    INSERT INTO notification (user_id, kind, subject, dedupe_key, created_at, target_route)
                    VALUES (?, 'TASK_ASSIGNED', '测试任务', ?, NOW(), 'my-tasks')""").params(userId, username + i).update();
        }
        demoUsers.login(username);
        navigate(NotificationsView.class);
        NotificationBell bell = $(NotificationBell.class).single();
        assertThat(bell.getAriaLabel()).hasValueSatisfying(label -> assertThat(label).contains("2"));

        clickButton("全部标为已读");

        assertThat(bell.getAriaLabel()).hasValueSatisfying(label -> assertThat(label).contains("0"));
    }
}
