package com.programdesk.security.service;

import com.programdesk.security.domain.AccountUnlocked;
import com.programdesk.security.domain.Roles;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks a user name for 15 minutes after 5 failed logins in a row. Unknown names are
 * counted the same way, so the behaviour does not reveal whether a user exists. Only an
 * administrator ends a lock early, and that is audited.
 */
@Service
public class LoginAttemptService {

    private static final String COUNTS_ATTEMPTS = "counts login attempts, which happen before anyone is logged in";

    static final int MAX_FAILURES = 5;
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    LoginAttemptService(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    @WithoutAuthorization(COUNTS_ATTEMPTS)
    @Transactional(readOnly = true)
    public boolean isLocked(String username) {
        return jdbc.sql("SELECT locked_until FROM login_attempt WHERE username = ?")
                .param(normalize(username))
                .query(LocalDateTime.class)
                .optional()
                .map(until -> until.isAfter(now()))
                .orElse(false);
    }

    @WithoutAuthorization(COUNTS_ATTEMPTS)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailure(String username) {
        String name = normalize(username);
        LocalDateTime now = now();
        jdbc.sql("""
                INSERT INTO login_attempt (username, failures, last_failure_at) VALUES (:name, 1, :now)
                ON DUPLICATE KEY UPDATE
                    failures = IF(locked_until IS NOT NULL AND locked_until <= :now, 1, failures + 1),
                    locked_until = IF(locked_until IS NOT NULL AND locked_until <= :now, NULL, locked_until),
                    last_failure_at = :now""")
                .param("name", name).param("now", now).update();
        jdbc.sql("UPDATE login_attempt SET locked_until = :until WHERE username = :name AND failures >= :max AND locked_until IS NULL")
                .param("until", now.plus(LOCK_DURATION)).param("name", name).param("max", MAX_FAILURES).update();
    }

    @WithoutAuthorization(COUNTS_ATTEMPTS)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSuccess(String username) {
        jdbc.sql("DELETE FROM login_attempt WHERE username = ?").param(normalize(username)).update();
    }

    /** Lets an administrator end a lock early, e.g. after a password reset; audited when there was something to clear. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public void unlock(String username) {
        String name = normalize(username);
        boolean wasLocked = isLocked(name);
        if (jdbc.sql("DELETE FROM login_attempt WHERE username = ?").param(name).update() > 0) {
            events.publishEvent(new AccountUnlocked(name, wasLocked));
        }
    }

    /**
     * Ends a lock (and forgets the failed logins) of a user who has just set a new password through a
     * single-use link sent to their verified address; joins that reset's transaction.
     *
     * @return whether the account was locked
     */
    @WithoutAuthorization("called by the password reset once its single-use link was checked, before anyone is logged in")
    @Transactional
    public boolean clearAfterPasswordReset(String username) {
        String name = normalize(username);
        boolean wasLocked = isLocked(name);
        jdbc.sql("DELETE FROM login_attempt WHERE username = ?").param(name).update();
        return wasLocked;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private static String normalize(String username) {
        String name = username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
        return name.length() > 50 ? name.substring(0, 50) : name;
    }
}
