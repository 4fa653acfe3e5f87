package com.programdesk.messaging.service;

import com.programdesk.base.service.MailSettings;
import com.programdesk.messaging.domain.Delivery;
import com.programdesk.messaging.domain.EmailState;
import com.programdesk.messaging.domain.KindPreference;
import com.programdesk.messaging.domain.MessageDefaults;
import com.programdesk.notification.domain.NotificationKind;
import com.programdesk.security.domain.Role;
import com.programdesk.security.service.CurrentUser;
import com.programdesk.user.domain.UserContact;
import com.programdesk.user.service.UserService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 通知设置: each user chooses, per kind of notification their role receives, off / by e-mail at once / in
 * the daily digest. Only choices that differ from the role's default are stored, so a kind keeps
 * following the default until its user picks something else.
 */
@Service
@Transactional(readOnly = true)
public class MessagePreferenceService {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final UserService users;
    private final MailSettings mail;

    MessagePreferenceService(JdbcClient jdbc, CurrentUser currentUser, UserService users, MailSettings mail) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.users = users;
        this.mail = mail;
    }

    /** The kinds the current user's role receives, each with the user's choice or the role's default. */
    @PreAuthorize("isAuthenticated()")
    public List<KindPreference> mine() {
        var me = currentUser.require();
        Map<NotificationKind, Delivery> chosen = chosen(me.userId());
        return MessageDefaults.kindsFor(me.role()).stream()
                .map(kind -> chosen.containsKey(kind) ? new KindPreference(kind, chosen.get(kind), false)
                        : new KindPreference(kind, MessageDefaults.defaultFor(me.role(), kind), true))
                .toList();
    }

    /** Whether e-mail reaches the current user: a mail server configured, and a verified address on the account. */
    @PreAuthorize("isAuthenticated()")
    public EmailState myEmail() {
        UserContact contact = users.contactOf(currentUser.require().userId()).orElseThrow();
        return new EmailState(mail.enabled(), contact.email(), contact.emailVerified());
    }

    /** Saves the current user's choices; kinds their role does not receive are ignored. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void save(Map<NotificationKind, Delivery> choices) {
        var me = currentUser.require();
        for (NotificationKind kind : MessageDefaults.kindsFor(me.role())) {
            Delivery choice = choices.get(kind);
            if (choice == null) {
                continue;
            }
            if (choice == MessageDefaults.defaultFor(me.role(), kind)) {
                jdbc.sql("DELETE FROM message_preference WHERE user_id = ? AND kind = ?").params(me.userId(), kind.name()).update();
            } else {
                jdbc.sql("""
                        INSERT INTO message_preference (user_id, kind, delivery) VALUES (?, ?, ?)
                        ON DUPLICATE KEY UPDATE delivery = VALUES(delivery)""").params(me.userId(), kind.name(), choice.name()).update();
            }
        }
    }

    /** How a message of this kind reaches this user; for the outbox, in the event's transaction. */
    Delivery deliveryFor(long userId, Role role, NotificationKind kind) {
        return jdbc.sql("SELECT delivery FROM message_preference WHERE user_id = ? AND kind = ?").params(userId, kind.name())
                .query(String.class).optional().map(Delivery::valueOf).orElse(MessageDefaults.defaultFor(role, kind));
    }

    private Map<NotificationKind, Delivery> chosen(long userId) {
        Map<NotificationKind, Delivery> chosen = new HashMap<>();
        jdbc.sql("SELECT kind, delivery FROM message_preference WHERE user_id = ?").param(userId)
                .query((rs, row) -> chosen.put(NotificationKind.valueOf(rs.getString(1)), Delivery.valueOf(rs.getString(2)))).list();
        return chosen;
    }
}
