package com.programdesk.messaging.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.base.service.MailSettings;
import com.programdesk.messaging.domain.Channel;
import com.programdesk.messaging.domain.DigestItem;
import com.programdesk.messaging.domain.OutboxMessage;
import com.programdesk.messaging.domain.OutboxStatus;
import com.programdesk.notification.domain.NotificationKind;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A message in the recipient's language, HTML and plain text, with the link and nothing unescaped. */
class MailComposerTest {

    private final MailComposer composer = new MailComposer(MailSettings.of("smtp.example.org", "pd@example.org", "https://pd.example/"));

    @Test
    void anEnglishUserReadsEnglishWithTheLinkAndTheTitleEscapedInHtml() {
        MailComposer.Mail mail = composer.compose(message("RETURNED", "en", "Venue <b>& posters</b>", "tasks/7"), List.of());

        assertThat(mail.subject()).isEqualTo("[Program Desk] Task returned, see the reason: Venue <b>& posters</b>");
        assertThat(mail.text()).contains("Open in the portal: https://pd.example/tasks/7")
                .contains("https://pd.example/notification-settings");
        assertThat(mail.html()).contains("Venue &lt;b&gt;&amp; posters&lt;/b&gt;").contains("href=\"https://pd.example/tasks/7\"")
                .doesNotContain("<b>&");
    }

    @Test
    void aDigestListsEveryItemWithItsLinkInChinese() {
        LocalDateTime at = LocalDateTime.of(2026, 12, 3, 9, 15);
        MailComposer.Mail mail = composer.compose(message(OutboxMessage.DIGEST, "zh-CN", "2", null), List.of(
                new DigestItem(NotificationKind.SUBMITTED, "宣传周方案", "tasks/3", at),
                new DigestItem(NotificationKind.REPORT_SUBMITTED, "市二院 早孕关爱 2026-11", "reports/9", at.plusHours(1))));

        assertThat(mail.subject()).isEqualTo("[项目协同平台] 每日摘要：2 条通知");
        assertThat(mail.text()).contains("2026-12-03 09:15  待验收：宣传周方案").contains("https://pd.example/tasks/3")
                .contains("https://pd.example/reports/9");
        assertThat(mail.html()).contains("<li>").contains("href=\"https://pd.example/reports/9\"");
    }

    private static OutboxMessage message(String kind, String locale, String subject, String route) {
        LocalDateTime now = LocalDateTime.now();
        return new OutboxMessage(1, Channel.EMAIL, kind, 1L, "x@example.org", locale, subject, route, OutboxStatus.PENDING, 0, now, null,
                now, null, null);
    }
}
