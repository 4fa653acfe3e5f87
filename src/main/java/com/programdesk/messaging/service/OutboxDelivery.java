package com.programdesk.messaging.service;

import com.programdesk.base.jdbc.WithoutTransaction;
import com.programdesk.base.service.MailSettings;
import com.programdesk.messaging.domain.DigestItem;
import com.programdesk.messaging.domain.OutboxMessage;
import com.programdesk.messaging.domain.OutboxStatus;
import com.programdesk.security.domain.Roles;
import jakarta.mail.internet.MimeMessage;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox holds, each message once.
 *
 * <p>A node claims due messages in a short transaction ({@code SELECT … FOR UPDATE SKIP LOCKED}, then
 * {@code claimed_by} = this node and {@code claimed_until} = now + the lease), sends each outside any
 * transaction, and then marks it sent — only if the claim is still its own. Two nodes never claim the
 * same row: a locked row is skipped, and on Galera, where row locks do not cross nodes, the second of
 * two conflicting claims fails certification and claims nothing this round; besides, the job runs on one
 * node at a time (ShedLock, as the reminder job). A failed send is tried again later, the pause doubling
 * from {@code programdesk.messaging.retry-pause} up to 6 hours, until {@code max-attempts} when it is
 * marked failed with the reason.
 *
 * <p>The trade-off: a node killed after the mail server accepted a message and before it marked the row
 * sent leaves the row claimed; once the lease runs out another run sends it again. So a message is
 * never lost and is repeated only in that one window (between the server's "250 OK" and our update), at
 * most one lease later. Marking it sent before sending would instead lose it in the same window.
 */
@Service
public class OutboxDelivery {

    private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);
    private static final Duration MAX_PAUSE = Duration.ofHours(6);
    private static final int ERROR_MAX = 500;
    static final String COLUMNS = """
            id, channel, kind, user_id, recipient, locale, subject, route, status, attempts, next_attempt_at, last_error,
            created_at, sent_at, robot_id""";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ObjectProvider<JavaMailSender> sender;
    private final MailSettings settings;
    private final MailComposer composer;
    private final RobotSender robots;
    private final RobotSecrets secrets;
    private final Clock clock;
    private final Duration lease;
    private final Duration retryPause;
    private final int maxAttempts;
    private final int batch;
    private final String node;

    OutboxDelivery(JdbcClient jdbc, PlatformTransactionManager transactions, ObjectProvider<JavaMailSender> sender,
                   MailSettings settings, MailComposer composer, RobotSender robots, RobotSecrets secrets, Clock clock,
                   @Value("${programdesk.messaging.lease:PT5M}") Duration lease,
                   @Value("${programdesk.messaging.retry-pause:PT1M}") Duration retryPause,
                   @Value("${programdesk.messaging.max-attempts:8}") int maxAttempts,
                   @Value("${programdesk.messaging.batch:50}") int batch) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.sender = sender;
        this.settings = settings;
        this.composer = composer;
        this.robots = robots;
        this.secrets = secrets;
        this.clock = clock;
        this.lease = lease;
        this.retryPause = retryPause;
        this.maxAttempts = maxAttempts;
        this.batch = batch;
        this.node = nodeName();
    }

    /** Sends every message that is due; returns how many were sent. Run by the delivery job, or by an administrator. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @WithoutTransaction(EACH_MESSAGE)
    public int deliverDue() {
        int sent = 0;
        while (true) {
            List<Long> claimed = claim(null);
            for (long id : claimed) {
                sent += deliver(id) ? 1 : 0;
            }
            if (claimed.size() < batch) {
                return sent;
            }
        }
    }

    /** Sends this one message now if it is due and nobody holds it (the test messages of the delivery log and the robots' page). */
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.COORDINATOR + "')")
    @WithoutTransaction(EACH_MESSAGE)
    public boolean deliverNow(long id) {
        return claim(id).stream().anyMatch(this::deliver);
    }

    private static final String EACH_MESSAGE = "claims and records each message in a short transaction of its own; a claim or"
            + " a record lost with a node is taken up again by the next round";

    /** This node's name in {@code claimed_by}. */
    String node() {
        return node;
    }

    private List<Long> claim(@Nullable Long only) {
        try {
            List<Long> ids = transaction.execute(status -> {
                LocalDateTime now = LocalDateTime.now(clock);
                List<Long> due = jdbc.sql("""
                        SELECT id FROM outbox_message
                        WHERE status = 'PENDING' AND next_attempt_at <= :now AND (claimed_until IS NULL OR claimed_until < :now)
                          AND (:only IS NULL OR id = :only)
                        ORDER BY next_attempt_at, id LIMIT :batch FOR UPDATE SKIP LOCKED""")
                        .param("now", now).param("only", only).param("batch", batch).query(Long.class).list();
                if (!due.isEmpty()) {
                    jdbc.sql("UPDATE outbox_message SET claimed_by = :node, claimed_until = :until WHERE id IN (:ids)")
                            .param("node", node).param("until", now.plus(lease)).param("ids", due).update();
                }
                return due;
            });
            return ids == null ? List.of() : ids;
        } catch (DataAccessException e) {
            // another node's claim won (a Galera certification conflict or a deadlock): its rows are its own; ours next round
            log.info("Outbox: claim lost to another node ({}); trying again next round", e.getMostSpecificCause().getMessage());
            return List.of();
        }
    }

    private boolean deliver(long id) {
        Optional<OutboxMessage> found = jdbc.sql("SELECT " + COLUMNS + " FROM outbox_message WHERE id = ? AND claimed_by = ? AND status = 'PENDING'")
                .params(id, node).query(OutboxMessage.class).optional();
        if (found.isEmpty()) {
            return false;
        }
        OutboxMessage message = found.get();
        try {
            send(message);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed(message, e);
            return false;
        } catch (RuntimeException | jakarta.mail.MessagingException | java.io.IOException e) {
            failed(message, e);
            return false;
        }
        jdbc.sql("""
                UPDATE outbox_message SET status = 'SENT', sent_at = ?, attempts = attempts + 1, last_error = NULL,
                       claimed_by = NULL, claimed_until = NULL
                WHERE id = ? AND claimed_by = ?""").params(LocalDateTime.now(clock), id, node).update();
        return true;
    }

    private void send(OutboxMessage message) throws jakarta.mail.MessagingException, java.io.IOException, InterruptedException {
        if (message.channel().isRobot()) {
            post(message);
            return;
        }
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null || !settings.enabled()) {
            throw new IllegalStateException("e-mail is not configured (spring.mail.host)");
        }
        List<DigestItem> items = OutboxMessage.DIGEST.equals(message.kind()) ? digestItems(message.id()) : List.of();
        MailComposer.Mail composed = composer.compose(message, items);
        MimeMessage mime = mail.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
        helper.setFrom(settings.from());
        helper.setTo(message.recipient());
        helper.setSubject(composed.subject());
        helper.setText(composed.text(), composed.html());
        mail.send(mime);
    }

    private void post(OutboxMessage message) throws java.io.IOException, InterruptedException {
        if (message.robotId() == null) {
            throw new IllegalStateException("the robot was removed");
        }
        var robot = jdbc.sql("SELECT webhook_enc, secret_enc FROM chat_robot WHERE id = ?").param(message.robotId())
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).optional()
                .orElseThrow(() -> new IllegalStateException("the robot was removed"));
        MailComposer.Markdown markdown = composer.markdown(message);
        robots.post(message.channel(), secrets.decrypt(robot[0]), robot[1] == null ? null : secrets.decrypt(robot[1]),
                markdown.title(), markdown.text());
    }

    private List<DigestItem> digestItems(long outboxId) {
        return jdbc.sql("SELECT kind, subject, route, created_at FROM digest_item WHERE outbox_message_id = ? ORDER BY created_at, id")
                .param(outboxId).query(DigestItem.class).list();
    }

    private void failed(OutboxMessage message, Exception e) {
        int attempts = message.attempts() + 1;
        String reason = reason(e);
        boolean giveUp = attempts >= maxAttempts;
        Duration pause = retryPause.multipliedBy(1L << Math.min(attempts - 1, 20));
        LocalDateTime next = LocalDateTime.now(clock).plus(pause.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause);
        log.warn("Outbox: message {} to {} failed (attempt {}{}): {}", message.id(), message.recipient(), attempts,
                giveUp ? ", giving up" : "", reason);
        jdbc.sql("""
                UPDATE outbox_message SET status = ?, attempts = ?, next_attempt_at = ?, last_error = ?, claimed_by = NULL, claimed_until = NULL
                WHERE id = ? AND claimed_by = ?""")
                .params(giveUp ? OutboxStatus.FAILED.name() : OutboxStatus.PENDING.name(), attempts, next, reason, message.id(), node)
                .update();
    }

    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = e.getClass().getSimpleName() + ": " + e.getMessage()
                + (root != e ? " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")" : "");
        return text.length() <= ERROR_MAX ? text : text.substring(0, ERROR_MAX - 1) + "…";
    }

    private static String nodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "node";
        }
        String name = host + ":" + ProcessHandle.current().pid() + ":" + UUID.randomUUID().toString().substring(0, 8);
        return name.length() <= 100 ? name : name.substring(name.length() - 100);
    }
}
