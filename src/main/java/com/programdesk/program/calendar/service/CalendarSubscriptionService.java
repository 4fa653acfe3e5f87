package com.programdesk.program.calendar.service;

import com.programdesk.program.activities.domain.ActivityFilter;
import com.programdesk.security.domain.Role;
import com.programdesk.security.service.AreaScope;
import com.programdesk.security.service.CurrentUser;
import com.programdesk.security.service.WithoutAuthorization;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A personal calendar feed for phones: an unguessable token in the URL is the credential. Only
 * its SHA-256 hash is stored; creating a new link revokes the old one, and the user can revoke it.
 */
@Service
@Transactional(readOnly = true)
public class CalendarSubscriptionService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final ActivityExport export;
    private final CurrentUser currentUser;
    private final Clock clock;

    CalendarSubscriptionService(JdbcClient jdbc, ActivityExport export, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.export = export;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Creates (or replaces) the user's feed token and returns it; it is shown once and never stored in clear. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public String renew() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        long userId = currentUser.require().userId();
        jdbc.sql("DELETE FROM calendar_subscription WHERE user_id = ?").param(userId).update();
        jdbc.sql("INSERT INTO calendar_subscription (user_id, token_hash, created_at) VALUES (?, ?, ?)")
                .params(userId, hash(token), LocalDateTime.now(clock)).update();
        return token;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void revoke() {
        jdbc.sql("DELETE FROM calendar_subscription WHERE user_id = ?").param(currentUser.require().userId()).update();
    }

    @PreAuthorize("isAuthenticated()")
    public boolean isActive() {
        return jdbc.sql("SELECT COUNT(*) FROM calendar_subscription WHERE user_id = ?").param(currentUser.require().userId())
                .query(Long.class).single() > 0;
    }

    /** The feed for a token: three months back to a year ahead; empty when the token is unknown or revoked. */
    @WithoutAuthorization("the unguessable token is the credential of a calendar feed")
    public Optional<String> feed(String token) {
        if (token == null || token.length() < 40 || token.length() > 64) {
            return Optional.empty();
        }
        Optional<Owner> owner = jdbc.sql("""
                SELECT u.role, a.path FROM calendar_subscription s JOIN app_user u ON u.id = s.user_id
                LEFT JOIN area a ON a.id = u.area_id
                WHERE s.token_hash = ? AND u.enabled""").param(hash(token))
                .query((rs, row) -> new Owner(Role.valueOf(rs.getString(1)), rs.getString(2))).optional();
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        StringWriter out = new StringWriter();
        export.writeCalendar(today.minusMonths(3), today.plusYears(1), ActivityFilter.none(), owner.get().areaPattern(), "Program Desk", out);
        return Optional.of(out.toString());
    }

    /** The feed's owner, read at each request: the feed shows what the calendar shows them (nobody is logged in). */
    private record Owner(Role role, String areaPath) {

        /** The same scope {@code CurrentUser.areaPattern()} gives the owner when logged in. */
        String areaPattern() {
            return role.requiresInstitution() ? null : AreaScope.pattern(areaPath);
        }
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
