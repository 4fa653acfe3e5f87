package com.programdesk.user.service;

import com.programdesk.audit.domain.AuditAction;
import com.programdesk.audit.domain.AuditedEntity;
import com.programdesk.audit.service.AuditService;
import com.programdesk.base.jdbc.WithoutTransaction;
import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.security.service.CurrentUser;
import com.programdesk.security.service.WithoutAuthorization;
import com.programdesk.user.domain.AppUser;
import com.programdesk.user.domain.AppUserRepository;
import com.programdesk.user.domain.EmailAddresses;
import com.programdesk.user.service.AccountTokens.Purpose;
import java.time.Duration;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's own e-mail address: changed in the user menu, confirmed by a link sent to it; password
 * reset links go only to a confirmed address. An administrator's entry (UserService) starts unconfirmed.
 */
@Service
public class EmailAddressService {

    public static final Duration LINK_VALIDITY = Duration.ofHours(48);
    public static final String PATH = "/verify-email";

    /** The address on the user's profile (null: none) and whether its owner confirmed it. */
    public record EmailStatus(String email, boolean verified) {
    }

    private final AppUserRepository users;
    private final AccountTokens tokens;
    private final AccountMail mail;
    private final AuditService audit;
    private final CurrentUser currentUser;

    EmailAddressService(AppUserRepository users, AccountTokens tokens, AccountMail mail, AuditService audit, CurrentUser currentUser) {
        this.users = users;
        this.tokens = tokens;
        this.mail = mail;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public EmailStatus own() {
        AppUser user = users.findById(currentUser.require().userId()).orElseThrow();
        return new EmailStatus(user.getEmail(), user.isEmailVerified());
    }

    /** Whether confirmation links can be sent (mail configured); without, an address stays unconfirmed. */
    @PreAuthorize("isAuthenticated()")
    @WithoutTransaction("a configuration value")
    public boolean canSendLinks() {
        return mail.isAvailable();
    }

    /**
     * Saves the user's own address (blank removes it) as unconfirmed and sends a confirmation link to
     * it, which replaces any link sent before. The same confirmed address again changes nothing; the
     * same unconfirmed one sends a new link.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public EmailStatus changeOwn(String address, Locale pageLocale) {
        EmailAddresses.violation(address).ifPresent(key -> {
            throw new InvalidFieldException("email", key);
        });
        String email = EmailAddresses.normalize(address);
        AppUser user = users.findById(currentUser.require().userId()).orElseThrow();
        if (EmailAddresses.sameAddress(email, user.getEmail()) && (user.isEmailVerified() || email == null)) {
            return new EmailStatus(user.getEmail(), user.isEmailVerified());
        }
        String before = user.getEmail();
        user.setEmail(email);
        user.setEmailVerified(false);
        AppUser saved = users.save(user);
        tokens.useAll(saved.getId(), Purpose.EMAIL_VERIFICATION);
        if (!EmailAddresses.sameAddress(before, email)) {
            audit.record(AuditAction.EMAIL_CHANGE, AuditedEntity.USER, saved.getId(), "email: " + before + " → " + email);
        }
        if (email != null) {
            String token = tokens.issue(saved.getId(), Purpose.EMAIL_VERIFICATION, email, LINK_VALIDITY);
            mail.sendAfterCommit(AccountMail.Kind.EMAIL_VERIFICATION, email, saved.getDisplayName(), saved.getUsername(),
                    AccountMail.localeOf(saved.getPreferredLocale(), pageLocale), PATH, token);
        }
        return new EmailStatus(saved.getEmail(), false);
    }

    /**
     * Confirms the address the link was sent to, if it is still the account's; used once.
     *
     * @return whether the link confirmed an address (false: unknown, used, expired or the address changed since)
     */
    @WithoutAuthorization("opened from the mail, possibly in a browser where nobody is logged in; the single-use link is the credential")
    @Transactional
    public boolean verify(String token) {
        var open = tokens.findOpen(token, Purpose.EMAIL_VERIFICATION);
        if (open.isEmpty()) {
            return false;
        }
        AppUser user = users.findById(open.get().userId()).orElse(null);
        if (user == null || !user.isEnabled() || !EmailAddresses.sameAddress(user.getEmail(), open.get().email())) {
            return false;
        }
        user.setEmailVerified(true);
        users.save(user);
        tokens.useAll(user.getId(), Purpose.EMAIL_VERIFICATION);
        audit.recordFor(user.getUsername(), AuditAction.EMAIL_VERIFY, AuditedEntity.USER, user.getId(), "email: " + user.getEmail());
        return true;
    }
}
