package com.programdesk.security.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.programdesk.security.domain.Role;
import com.programdesk.testsupport.DemoUsers;
import com.programdesk.testsupport.ProgramDeskTest;
import com.programdesk.testsupport.TestData;
import com.programdesk.user.domain.AppUser;
import com.programdesk.user.service.UserService;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The lockout can no longer be used to shut anyone out or to learn who is locked: one client
 * address is throttled after a few failures (and then stops counting against the accounts it
 * tries), every refusal takes the same minimal time, and only an administrator unlocks, audited.
 */
@ProgramDeskTest
class LoginThrottlingTest {

    /** programdesk.login.refusal-duration */
    private static final Duration REFUSAL = Duration.ofMillis(600);

    @Autowired
    AuthenticationConfiguration authenticationConfiguration;
    @Autowired
    LoginAttemptService attempts;
    @Autowired
    UserService users;
    @Autowired
    DemoUsers demoUsers;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void logout() {
        demoUsers.logout();
    }

    @Test
    void oneAddressTryingManyAccountsIsThrottledWithoutLockingThemWhileOthersStillLogIn() {
        String attacker = "203.0.113." + (int) (Math.random() * 200 + 1);
        String victim = newUser();
        for (int i = 0; i < 10; i++) {
            refused(TestData.unique("guess" + i + "-"), "wrong-password", attacker);
        }

        for (int i = 0; i < 6; i++) {
            refused(victim, "wrong-password", attacker);
        }
        assertThat(attempts.isLocked(victim)).as("a throttled address no longer counts against the account").isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM login_attempt WHERE username = ?").param(victim).query(Long.class).single()).isZero();

        refused(victim, DemoUsers.PASSWORD, attacker);
        assertThat(login(victim, DemoUsers.PASSWORD, "198.51.100.20").isAuthenticated())
                .as("the victim logs in from their own address").isTrue();
    }

    @Test
    void lockedUnknownAndWrongPasswordRefusalsAllTakeTheSameMinimalTime() {
        String locked = newUser();
        for (int i = 0; i < 5; i++) {
            refused(locked, "wrong-password", null);
        }
        assertThat(attempts.isLocked(locked)).isTrue();

        long lockedWithTheRightPassword = timeRefusal(locked, DemoUsers.PASSWORD);
        long wrongPassword = timeRefusal(newUser(), "wrong-password");
        long unknownUser = timeRefusal(TestData.unique("ghost-"), "wrong-password");

        assertThat(lockedWithTheRightPassword).as("locked account").isGreaterThanOrEqualTo(REFUSAL.toMillis());
        assertThat(wrongPassword).as("wrong password").isGreaterThanOrEqualTo(REFUSAL.toMillis());
        assertThat(unknownUser).as("unknown user").isGreaterThanOrEqualTo(REFUSAL.toMillis());
    }

    @Test
    void onlyAnAdministratorUnlocksAnAccountAndTheUnlockIsAudited() {
        String locked = newUser();
        for (int i = 0; i < 5; i++) {
            refused(locked, "wrong-password", null);
        }

        demoUsers.login("coordinator");
        assertThatThrownBy(() -> attempts.unlock(locked)).isInstanceOf(AccessDeniedException.class);
        demoUsers.logout();
        assertThatThrownBy(() -> attempts.unlock(locked)).isInstanceOf(
                org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
        assertThat(attempts.isLocked(locked)).isTrue();

        demoUsers.as("admin", () -> attempts.unlock(locked));
        assertThat(attempts.isLocked(locked)).isFalse();
        assertThat(jdbc.sql("SELECT changed_fields FROM audit_event WHERE actor = 'admin' AND action = 'UNLOCK' AND changed_fields LIKE ?")
                .param("%" + locked + "%").query(String.class).list())
                .containsExactly("username: " + locked + ", locked: true → false");
        assertThat(login(locked, DemoUsers.PASSWORD, null).isAuthenticated()).isTrue();
    }

    private long timeRefusal(String username, String password) {
        long started = System.nanoTime();
        refused(username, password, null);
        return (System.nanoTime() - started) / 1_000_000;
    }

    private String newUser() {
        String username = TestData.unique("thr");
        SystemActor.run(() -> users.create(new AppUser(username, "限流测试", Role.VIEWER, null), DemoUsers.PASSWORD));
        return username;
    }

    private void refused(String username, String password, String address) {
        assertThatThrownBy(() -> login(username, password, address)).isInstanceOf(BadCredentialsException.class);
    }

    private Authentication login(String username, String password, String address) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        if (address != null) {
            token.setDetails(new WebAuthenticationDetails(address, null));
        }
        try {
            AuthenticationManager manager = authenticationConfiguration.getAuthenticationManager();
            return manager.authenticate(token);
        } catch (BadCredentialsException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
