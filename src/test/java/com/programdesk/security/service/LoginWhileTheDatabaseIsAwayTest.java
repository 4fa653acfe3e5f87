package com.programdesk.security.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.programdesk.base.jdbc.DatabaseUnavailable;
import com.programdesk.testsupport.DatabaseAway;
import java.time.Clock;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Logging in while the database cannot be reached ends on the login page with "数据库暂时不可用" (security.ui.LoginView), which
 * reads the failure Spring Security keeps: it must be an authentication failure carrying the cause, not an error that
 * escapes the filter chain (the user then found the empty login form again without a word), nor a wrong password.
 */
class LoginWhileTheDatabaseIsAwayTest {

    private static final RuntimeException NO_CONNECTION = DatabaseAway.noConnection();
    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final String hash = encoder.encode("Demo-2024-pass");

    @Test
    void theLockoutCheckFindingNoDatabaseIsReportedAsTheDatabaseBeingAway() {
        LoginAttemptService attempts = lockoutCheck(() -> {
            throw NO_CONNECTION;
        });
        UserDetailsService users = name -> User.withUsername(name).password(hash).roles("VIEWER").build();

        assertTheDatabaseIsReportedAway(provider(users, attempts));
    }

    @Test
    void theUserNotReadForWantOfTheDatabaseIsNotAWrongPassword() {
        LoginAttemptService attempts = lockoutCheck(() -> false);
        UserDetailsService users = name -> {
            throw NO_CONNECTION;
        };

        assertTheDatabaseIsReportedAway(provider(users, attempts));
    }

    private static LoginAttemptService lockoutCheck(BooleanSupplier isLocked) {
        return new LoginAttemptService(null, Clock.systemUTC(), event -> { }) {
            @Override
            public boolean isLocked(String username) {
                return isLocked.getAsBoolean();
            }
        };
    }

    private LockoutAwareAuthenticationProvider provider(UserDetailsService users, LoginAttemptService attempts) {
        return new LockoutAwareAuthenticationProvider(users, encoder, attempts,
                new LoginThrottle(10, Duration.ofMinutes(15), Clock.systemUTC()), event -> { }, Duration.ZERO);
    }

    private static void assertTheDatabaseIsReportedAway(LockoutAwareAuthenticationProvider provider) {
        InternalAuthenticationServiceException failure = catchThrowableOfType(InternalAuthenticationServiceException.class,
                () -> provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("viewer", "Demo-2024-pass")));

        assertThat(failure).as("an authentication failure the login page can read").isNotNull();
        assertThat(DatabaseUnavailable.isCause(failure)).as("its cause: the database").isTrue();
    }
}
