package com.programdesk.messaging.service;

import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.base.service.MailSettings;
import com.programdesk.messaging.domain.Channel;
import com.programdesk.messaging.domain.OutboxMessage;
import com.programdesk.messaging.domain.OutboxStatus;
import com.programdesk.security.domain.Roles;
import com.programdesk.security.service.CurrentUser;
import com.programdesk.user.service.UserService;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The delivery log for administrators: every message of the outbox, newest first, and a test message. */
@Service
@Transactional(readOnly = true)
public class DeliveryLogService {

    private static final String ADMIN = "hasRole('" + Roles.ADMIN + "')";
    /** Something@domain.tld, no spaces: what is worth handing to the mail server. */
    private static final Pattern ADDRESS = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");
    public static final int ADDRESS_MAX = 254;

    private final JdbcClient jdbc;
    private final MailSettings mail;
    private final CurrentUser currentUser;
    private final UserService users;
    private final OutboxDelivery delivery;
    private final Clock clock;

    DeliveryLogService(JdbcClient jdbc, MailSettings mail, CurrentUser currentUser, UserService users, OutboxDelivery delivery,
                       Clock clock) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.currentUser = currentUser;
        this.users = users;
        this.delivery = delivery;
        this.clock = clock;
    }

    /**
     * The log, newest first. An administrator bound to an area reads the messages to the accounts of their area and
     * its institutions, and those of the robots there; an unbound one reads all.
     */
    @PreAuthorize(ADMIN)
    public List<OutboxMessage> search(@Nullable OutboxStatus status, int offset, int limit) {
        return scoped(jdbc.sql("SELECT " + OutboxDelivery.COLUMNS + " FROM outbox_message o WHERE (:status IS NULL OR status = :status) AND "
                + SCOPE + " ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset"))
                .param("status", status == null ? null : status.name()).param("limit", limit).param("offset", offset)
                .query(OutboxMessage.class).list();
    }

    @PreAuthorize(ADMIN)
    public int count(@Nullable OutboxStatus status) {
        return scoped(jdbc.sql("SELECT COUNT(*) FROM outbox_message o WHERE (:status IS NULL OR status = :status) AND " + SCOPE))
                .param("status", status == null ? null : status.name()).query(Integer.class).single();
    }

    private static final String SCOPE = """
            (:everything
             OR o.user_id IN (SELECT u.id FROM app_user u LEFT JOIN area ua ON ua.id = u.area_id
                              WHERE ua.path LIKE :areaPattern OR u.institution_id IN (:reach))
             OR o.robot_id IN (SELECT r.id FROM chat_robot r LEFT JOIN area ra ON ra.id = r.area_id
                               WHERE ra.path LIKE :areaPattern OR r.institution_id IN (:reach)))""";

    private JdbcClient.StatementSpec scoped(JdbcClient.StatementSpec statement) {
        String pattern = currentUser.areaPattern();
        return statement.param("everything", pattern == null).param("areaPattern", pattern == null ? "" : pattern)
                .param("reach", currentUser.reachForQuery());
    }

    @PreAuthorize("isAuthenticated()")
    public boolean mailConfigured() {
        return mail.enabled();
    }

    /**
     * Puts a test message to this address into the outbox and sends it at once; it is logged like any
     * other message. Returns whether it went out (if not, the log says why and it is retried).
     */
    @PreAuthorize(ADMIN)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public boolean sendTest(@Nullable String address) {
        String to = address == null ? "" : address.strip();
        if (to.isEmpty()) {
            throw new InvalidFieldException("address", "validation.required");
        }
        if (to.length() > ADDRESS_MAX || !ADDRESS.matcher(to).matches()) {
            throw new InvalidFieldException("address", "messaging.error.address");
        }
        if (!mail.enabled()) {
            throw new InvalidFieldException("address", "messaging.error.mailOff");
        }
        long id = queueTest(to);
        return delivery.deliverNow(id);
    }

    private long queueTest(String to) {
        long me = currentUser.require().userId();
        String locale = users.contactOf(me).map(OutboxWriter::locale).orElse("zh-CN");
        LocalDateTime now = LocalDateTime.now(clock);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO outbox_message (channel, kind, user_id, recipient, locale, subject, status, attempts, next_attempt_at, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""")
                .params(Channel.EMAIL.name(), OutboxMessage.TEST, me == 0 ? null : me, to, locale, OutboxMessage.TEST,
                        OutboxStatus.PENDING.name(), now, now)
                .update(key, "id");
        return key.getKey().longValue();
    }
}
