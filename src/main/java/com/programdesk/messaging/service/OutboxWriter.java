package com.programdesk.messaging.service;

import com.programdesk.base.service.MailSettings;
import com.programdesk.messaging.domain.Channel;
import com.programdesk.messaging.domain.Delivery;
import com.programdesk.messaging.domain.OutboxStatus;
import com.programdesk.notification.domain.NotificationRecorded;
import com.programdesk.security.service.WithoutAuthorization;
import com.programdesk.user.domain.UserContact;
import com.programdesk.user.service.UserService;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transactional outbox: every notification stored for a user who wants it by e-mail adds, in the same
 * transaction, a message to send at once or an item of their next daily digest. If the change rolls back,
 * so does the message; if it commits, the message is there for the delivery job. With no mail server
 * configured ({@code spring.mail.host} unset) nothing is written: e-mail is off, not queued for later.
 * Messages go only to verified addresses.
 */
@Service
@WithoutAuthorization("reacts to notifications already stored in an authorized change, in its transaction")
public class OutboxWriter {

    private final JdbcClient jdbc;
    private final UserService users;
    private final MessagePreferenceService preferences;
    private final MailSettings mail;

    OutboxWriter(JdbcClient jdbc, UserService users, MessagePreferenceService preferences, MailSettings mail) {
        this.jdbc = jdbc;
        this.users = users;
        this.preferences = preferences;
        this.mail = mail;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(NotificationRecorded event) {
        if (!mail.enabled()) {
            return;
        }
        Optional<UserContact> found = users.contactOf(event.userId());
        if (found.isEmpty() || !found.get().enabled() || found.get().email() == null || !found.get().emailVerified()) {
            return;
        }
        UserContact contact = found.get();
        Delivery delivery = preferences.deliveryFor(contact.id(), contact.role(), event.kind());
        if (delivery == Delivery.IMMEDIATE) {
            jdbc.sql("""
                    INSERT IGNORE INTO outbox_message (channel, kind, user_id, recipient, locale, subject, route, notification_id,
                                                       status, attempts, next_attempt_at, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""")
                    .params(Channel.EMAIL.name(), event.kind().name(), contact.id(), contact.email(), locale(contact), event.subject(),
                            event.route(), event.notificationId(), OutboxStatus.PENDING.name(), event.createdAt(), event.createdAt())
                    .update();
        } else if (delivery == Delivery.DIGEST) {
            jdbc.sql("""
                    INSERT IGNORE INTO digest_item (user_id, notification_id, kind, subject, route, created_at)
                    VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(contact.id(), event.notificationId(), event.kind().name(), event.subject(), event.route(), event.createdAt())
                    .update();
        }
    }

    static String locale(UserContact contact) {
        return contact.preferredLocale() == null ? "zh-CN" : contact.preferredLocale();
    }
}
