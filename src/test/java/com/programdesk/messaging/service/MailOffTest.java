package com.programdesk.messaging.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.base.service.MailSettings;
import com.programdesk.messaging.domain.EmailState;
import com.programdesk.notification.domain.NotificationKind;
import com.programdesk.notification.domain.NotificationRecorded;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Without {@code spring.mail.host} e-mail is off: nothing goes into the outbox, and nobody is reachable. */
class MailOffTest {

    private final MailSettings off = MailSettings.of("", "pd@example.org", "https://pd.example");

    @Test
    void noOutboxRowIsWrittenAndTheSettingsPageSaysSo() {
        // no database, no users: a writer that looked anything up would fail
        OutboxWriter writer = new OutboxWriter(null, null, null, off);
        writer.on(new NotificationRecorded(1, 2, NotificationKind.ASSIGNED, "任务", "tasks/1", LocalDateTime.now()));

        assertThat(off.enabled()).isFalse();
        assertThat(new EmailState(off.enabled(), "a@example.org", true).reachable()).isFalse();
        assertThat(MailSettings.of("smtp.example.org", "x", "https://pd.example/").link("tasks/1")).isEqualTo("https://pd.example/tasks/1");
    }
}
