package com.programdesk.security.service;

import com.programdesk.base.jdbc.DatabaseUnavailable;
import com.programdesk.security.domain.LoginAttempted;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Password login with lockout per account and throttling per client address. Every refusal —
 * wrong password, unknown user, disabled or locked account, throttled address — raises the same
 * {@link BadCredentialsException} after the same minimal time, and the password is checked in
 * every case, so neither the answer nor its duration tells which accounts exist or are locked.
 */
@Component
class LockoutAwareAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwordCheck;
    private final LoginAttemptService attempts;
    private final LoginThrottle throttle;
    private final ApplicationEventPublisher events;
    private final Duration refusalDuration;

    LockoutAwareAuthenticationProvider(UserDetailsService users, PasswordEncoder passwordEncoder,
                                       LoginAttemptService attempts, LoginThrottle throttle, ApplicationEventPublisher events,
                                       @Value("${programdesk.login.refusal-duration:PT0.6S}") Duration refusalDuration) {
        this.passwordCheck = new DaoAuthenticationProvider(users);
        this.passwordCheck.setPasswordEncoder(passwordEncoder);
        this.attempts = attempts;
        this.throttle = throttle;
        this.events = events;
        this.refusalDuration = refusalDuration;
    }

    /**
     * A login while the database cannot be reached is not a refusal: it is reported as such (Spring Security's failure
     * handler keeps it for {@code security.ui.LoginView}, which asks the user to try again later). It used to escape the
     * filter chain as an error, and the user found the empty login form again without a word.
     */
    @Override
    public Authentication authenticate(Authentication authentication) {
        try {
            return authenticateOrRefuse(authentication);
        } catch (RuntimeException failure) {
            if (failure instanceof AuthenticationException || !DatabaseUnavailable.isCause(failure)) {
                throw failure;
            }
            throw new InternalAuthenticationServiceException("the database cannot be reached", failure);
        }
    }

    private Authentication authenticateOrRefuse(Authentication authentication) {
        long started = System.nanoTime();
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        boolean throttled = address != null && throttle.isThrottled(address);
        boolean locked = attempts.isLocked(username);
        Authentication result = checkPassword(authentication);
        if (result != null && !locked && !throttled) {
            attempts.recordSuccess(username);
            events.publishEvent(new LoginAttempted(username, true));
            return result;
        }
        if (!throttled) {
            attempts.recordFailure(username);
        }
        if (address != null) {
            throttle.recordFailure(address);
        }
        events.publishEvent(new LoginAttempted(username, false));
        waitUntil(started + refusalDuration.toNanos());
        throw new BadCredentialsException("refused");
    }

    private Authentication checkPassword(Authentication authentication) {
        try {
            return passwordCheck.authenticate(authentication);
        } catch (InternalAuthenticationServiceException e) {
            if (DatabaseUnavailable.isCause(e)) {
                throw e; // the user could not be read for want of the database: not a wrong password
            }
            return null;
        } catch (AuthenticationException e) {
            return null;
        }
    }

    private static void waitUntil(long nanoTime) {
        long left = nanoTime - System.nanoTime();
        if (left > 0) {
            try {
                Thread.sleep(Duration.ofNanos(left));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
