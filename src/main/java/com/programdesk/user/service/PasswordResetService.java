package com.programdesk.user.service;

import com.programdesk.audit.domain.AuditAction;
import com.programdesk.audit.domain.AuditedEntity;
import com.programdesk.audit.service.AuditService;
import com.programdesk.base.jdbc.WithoutTransaction;
import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.security.service.LoginAttemptService;
import com.programdesk.security.service.WithoutAuthorization;
import com.programdesk.user.domain.AppUser;
import com.programdesk.user.domain.AppUserRepository;
import com.programdesk.user.domain.EmailAddresses;
import com.programdesk.user.domain.PasswordPolicy;
import com.programdesk.user.service.AccountTokens.Purpose;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "忘记密码": a link valid for 30 minutes, sent only to a verified address of an enabled account,
 * used once. The page answers the same whether an account has the address or not, and whether
 * the request was over the limit (per address and per client, counted in the database so every
 * node of a cluster counts the same). Every request, reset and refusal is audited.
 */
@Service
public class PasswordResetService {

    public static final Duration LINK_VALIDITY = Duration.ofMinutes(30);
    public static final String PATH = "/reset-password";
    private static final String ANONYMOUS = "asked from the login page, before anyone is logged in; the single-use link is the credential";
    private static final String ACTOR_UNKNOWN = "anonymous";

    private final AppUserRepository users;
    private final AccountTokens tokens;
    private final AccountMail mail;
    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final LoginAttemptService loginAttempts;
    private final AuditService audit;
    private final Clock clock;
    private final int perAddress;
    private final int perClient;

    PasswordResetService(AppUserRepository users, AccountTokens tokens, AccountMail mail, JdbcClient jdbc,
                         PasswordEncoder passwordEncoder, LoginAttemptService loginAttempts, AuditService audit, Clock clock,
                         @Value("${programdesk.password-reset.per-address-per-hour:3}") int perAddress,
                         @Value("${programdesk.password-reset.per-client-per-hour:20}") int perClient) {
        this.users = users;
        this.tokens = tokens;
        this.mail = mail;
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.loginAttempts = loginAttempts;
        this.audit = audit;
        this.clock = clock;
        this.perAddress = perAddress;
        this.perClient = perClient;
    }

    /** Whether the portal can send reset links (mail and the public address configured); else administrators reset. */
    @WithoutAuthorization(ANONYMOUS)
    @WithoutTransaction("a configuration value")
    public boolean isAvailable() {
        return mail.isAvailable();
    }

    /**
     * Sends a reset link to every enabled account that verified this address, unless the address or
     * the client asked too often in the last hour. Says nothing about which happened; only a badly
     * formed address is refused (at the field).
     *
     * @param client the client's address (the login throttle's)
     * @param pageLocale the language of the page, for mails to users who never chose one
     */
    @WithoutAuthorization(ANONYMOUS)
    @Transactional
    public void requestReset(String address, String client, Locale pageLocale) {
        String email = EmailAddresses.normalize(address);
        if (email == null) {
            throw new InvalidFieldException("email", "validation.required");
        }
        EmailAddresses.violation(email).ifPresent(key -> {
            throw new InvalidFieldException("email", key);
        });
        if (!mail.isAvailable()) {
            return;
        }
        String clientAddress = client == null || client.isBlank() ? "?" : client.length() > 45 ? client.substring(0, 45) : client;
        String addressHash = AccountTokens.sha256(email.toLowerCase(Locale.ROOT));
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime hourAgo = now.minusHours(1);
        jdbc.sql("DELETE FROM password_reset_request WHERE requested_at < :dayAgo").param("dayAgo", now.minusDays(1)).update();
        long fromAddress = jdbc.sql("SELECT COUNT(*) FROM password_reset_request WHERE address_hash = :hash AND requested_at > :since")
                .param("hash", addressHash).param("since", hourAgo).query(Long.class).single();
        long fromClient = jdbc.sql("SELECT COUNT(*) FROM password_reset_request WHERE client_address = :client AND requested_at > :since")
                .param("client", clientAddress).param("since", hourAgo).query(Long.class).single();
        if (fromAddress >= perAddress || fromClient >= perClient) {
            audit.recordFor(ACTOR_UNKNOWN, AuditAction.PASSWORD_RESET_REQUEST, AuditedEntity.USER, null,
                    "client: " + clientAddress + ", refused: too many requests");
            return;
        }
        jdbc.sql("INSERT INTO password_reset_request (address_hash, client_address, requested_at) VALUES (:hash, :client, :now)")
                .param("hash", addressHash).param("client", clientAddress).param("now", now).update();
        var accounts = users.findEnabledWithVerifiedEmail(email);
        if (accounts.isEmpty()) {
            audit.recordFor(ACTOR_UNKNOWN, AuditAction.PASSWORD_RESET_REQUEST, AuditedEntity.USER, null,
                    "client: " + clientAddress + ", no account with this verified address");
            return;
        }
        for (AppUser user : accounts) {
            String token = tokens.issue(user.getId(), Purpose.PASSWORD_RESET, user.getEmail(), LINK_VALIDITY);
            mail.sendAfterCommit(AccountMail.Kind.PASSWORD_RESET, user.getEmail(), user.getDisplayName(), user.getUsername(),
                    AccountMail.localeOf(user.getPreferredLocale(), pageLocale), PATH, token);
            audit.recordFor(user.getUsername(), AuditAction.PASSWORD_RESET_REQUEST, AuditedEntity.USER, user.getId(),
                    "client: " + clientAddress + ", link sent");
        }
    }

    /** Whether the link can still set a password (the reset page shows its form only then). */
    @WithoutAuthorization(ANONYMOUS)
    @Transactional
    public boolean isLinkValid(String token) {
        return tokens.findOpen(token, Purpose.PASSWORD_RESET).flatMap(t -> users.findById(t.userId())).filter(AppUser::isEnabled).isPresent();
    }

    /**
     * Sets the new password through the link, once: this link and every other open reset link of
     * the account stop working, a lock from failed logins ends, and it is audited. An unknown,
     * used or expired link is refused on field {@code token}; a password the policy refuses on
     * {@code newPassword}, without using the link up.
     *
     * @return the account's user name, for the login page
     */
    @WithoutAuthorization(ANONYMOUS)
    @Transactional
    public String resetPassword(String token, String newPassword) {
        AccountTokens.Token open = tokens.findOpen(token, Purpose.PASSWORD_RESET)
                .orElseThrow(() -> new InvalidFieldException("token", "reset.error.invalidLink"));
        AppUser user = users.findById(open.userId()).filter(AppUser::isEnabled)
                .orElseThrow(() -> new InvalidFieldException("token", "reset.error.invalidLink"));
        PasswordPolicy.violation(user.getUsername(), newPassword).ifPresent(key -> {
            throw new InvalidFieldException("newPassword", key);
        });
        user.setPasswordHash(passwordEncoder.encode(newPassword));
        user.setPasswordChangedAt(LocalDateTime.now(clock));
        users.save(user);
        tokens.useAll(user.getId(), Purpose.PASSWORD_RESET);
        boolean wasLocked = loginAttempts.clearAfterPasswordReset(user.getUsername());
        audit.recordFor(user.getUsername(), AuditAction.PASSWORD_RESET, AuditedEntity.USER, user.getId(),
                "by e-mail link" + (wasLocked ? ", locked: true → false" : ""));
        return user.getUsername();
    }
}
