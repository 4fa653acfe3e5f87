package com.programdesk.messaging.service;

import com.programdesk.base.service.MailSettings;
import com.programdesk.messaging.domain.Channel;
import com.programdesk.messaging.domain.OutboxMessage;
import com.programdesk.messaging.domain.OutboxStatus;
import com.programdesk.security.domain.Roles;
import com.programdesk.user.domain.UserContact;
import com.programdesk.user.service.UserService;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily digest: for each user with notifications waiting, one message in the outbox that carries
 * all of them (everything since their last digest). Each item is linked to exactly one digest message in
 * the same transaction, so a second run the same day finds nothing and sends nothing.
 */
@Service
public class DigestService {

    private static final int USERS_PER_RUN = 5000;

    private final JdbcClient jdbc;
    private final UserService users;
    private final MailSettings mail;
    private final Clock clock;

    DigestService(JdbcClient jdbc, UserService users, MailSettings mail, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.mail = mail;
        this.clock = clock;
    }

    /** Puts one digest per waiting user into the outbox; returns how many. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public int compose() {
        if (!mail.enabled()) {
            return 0;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        int composed = 0;
        List<Long> waiting = jdbc.sql("SELECT DISTINCT user_id FROM digest_item WHERE outbox_message_id IS NULL LIMIT ?")
                .param(USERS_PER_RUN).query(Long.class).list();
        for (long userId : waiting) {
            Optional<UserContact> contact = users.contactOf(userId);
            if (contact.isEmpty() || !contact.get().enabled() || contact.get().email() == null || !contact.get().emailVerified()) {
                continue; // kept until the address is verified again, or the account enabled
            }
            long last = jdbc.sql("SELECT MAX(id) FROM digest_item WHERE user_id = ? AND outbox_message_id IS NULL").param(userId)
                    .query(Long.class).single();
            int items = jdbc.sql("SELECT COUNT(*) FROM digest_item WHERE user_id = ? AND outbox_message_id IS NULL AND id <= ?")
                    .params(userId, last).query(Integer.class).single();
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("""
                    INSERT INTO outbox_message (channel, kind, user_id, recipient, locale, subject, status, attempts, next_attempt_at, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""")
                    .params(Channel.EMAIL.name(), OutboxMessage.DIGEST, userId, contact.get().email(), OutboxWriter.locale(contact.get()),
                            String.valueOf(items), OutboxStatus.PENDING.name(), now, now)
                    .update(key, "id");
            jdbc.sql("UPDATE digest_item SET outbox_message_id = ? WHERE user_id = ? AND outbox_message_id IS NULL AND id <= ?")
                    .params(key.getKey().longValue(), userId, last).update();
            composed++;
        }
        return composed;
    }
}
