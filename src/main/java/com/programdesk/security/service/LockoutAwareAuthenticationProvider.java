package com.programdesk.security.service;

import com.programdesk.security.domain.LoginAttempted;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Password login with lockout. Every refusal — wrong password, unknown user, disabled or
 * locked account — raises the same {@link BadCredentialsException}, so the login page
 * cannot be used to find out which accounts exist.
 */
@Component
class LockoutAwareAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwordCheck;
    private final LoginAttemptService attempts;
    private final ApplicationEventPublisher events;

    LockoutAwareAuthenticationProvider(UserDetailsService users, PasswordEncoder passwordEncoder,
                                       LoginAttemptService attempts, ApplicationEventPublisher events) {
        this.passwordCheck = new DaoAuthenticationProvider(users);
        this.passwordCheck.setPasswordEncoder(passwordEncoder);
        this.attempts = attempts;
        this.events = events;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        if (attempts.isLocked(username)) {
            attempts.recordFailure(username);
            events.publishEvent(new LoginAttempted(username, false));
            throw new BadCredentialsException("refused");
        }
        try {
            Authentication result = passwordCheck.authenticate(authentication);
            attempts.recordSuccess(username);
            events.publishEvent(new LoginAttempted(username, true));
            return result;
        } catch (AuthenticationException e) {
            attempts.recordFailure(username);
            events.publishEvent(new LoginAttempted(username, false));
            throw new BadCredentialsException("refused");
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
