package com.programdesk.security.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.programdesk.security.domain.Role;
import com.programdesk.testsupport.DemoUsers;
import com.programdesk.testsupport.ProgramDeskTest;
import com.programdesk.testsupport.TestData;
import com.programdesk.user.domain.AppUser;
import com.programdesk.user.service.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;

@ProgramDeskTest
class LoginLockoutTest {

    @Autowired
    AuthenticationConfiguration authenticationConfiguration;
    @Autowired
    UserService users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightPassword() throws Exception {
        String username = newUser();
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> login(username, "wrong-password-" + 1)).isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> login(username, DemoUsers.PASSWORD)).isInstanceOf(BadCredentialsException.class);
        assertThat(jdbc.sql("SELECT locked_until FROM login_attempt WHERE username = ?").param(username)
                .query(java.time.LocalDateTime.class).single()).isAfter(java.time.LocalDateTime.now().plusMinutes(14));
    }

    @Test
    void unknownUserNamesAreRefusedTheSameWayAndCountedToo() {
        String ghost = TestData.unique("ghost-");
        BadCredentialsException unknown = catchLoginFailure(ghost, "whatever-password");
        BadCredentialsException wrong = catchLoginFailure("viewer", "wrong-password!");

        assertThat(unknown.getMessage()).isEqualTo(wrong.getMessage());
        assertThat(jdbc.sql("SELECT failures FROM login_attempt WHERE username = ?").param(ghost).query(Integer.class).single()).isEqualTo(1);
        login("viewer", DemoUsers.PASSWORD); // a success clears the viewer's count again
    }

    @Test
    void aSuccessfulLoginResetsTheCountAndIsAudited() throws Exception {
        String username = newUser();
        for (int i = 0; i < 4; i++) {
            catchLoginFailure(username, "wrong-password-x");
        }
        Authentication ok = login(username, DemoUsers.PASSWORD);

        assertThat(ok.isAuthenticated()).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM login_attempt WHERE username = ?").param(username).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action = 'LOGIN_FAILURE'").param(username).query(Long.class).single()).isEqualTo(4);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action = 'LOGIN_SUCCESS'").param(username).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aDisabledUserCannotLogIn() {
        String username = newUser();
        SystemActor.run(() -> {
            AppUser user = users.search(new com.programdesk.user.domain.UserFilter(username, null, null),
                    org.springframework.data.domain.PageRequest.of(0, 1)).getFirst();
            user.setEnabled(false);
            users.update(user);
        });
        assertThatThrownBy(() -> login(username, DemoUsers.PASSWORD)).isInstanceOf(BadCredentialsException.class);
    }

    private String newUser() {
        String username = TestData.unique("lock");
        SystemActor.run(() -> users.create(new AppUser(username, "锁定测试", Role.VIEWER, null), DemoUsers.PASSWORD));
        return username;
    }

    private BadCredentialsException catchLoginFailure(String username, String password) {
        try {
            login(username, password);
        } catch (BadCredentialsException e) {
            return e;
        }
        throw new AssertionError("login of " + username + " should have failed");
    }

    private Authentication login(String username, String password) {
        try {
            AuthenticationManager manager = authenticationConfiguration.getAuthenticationManager();
            return manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
        } catch (BadCredentialsException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
