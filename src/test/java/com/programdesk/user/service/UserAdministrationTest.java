package com.programdesk.user.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.security.domain.Role;
import com.programdesk.testsupport.DemoUsers;
import com.programdesk.testsupport.ProgramDeskTest;
import com.programdesk.testsupport.TestData;
import com.programdesk.user.domain.AppUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

@ProgramDeskTest
class UserAdministrationTest {

    @Autowired
    UserService users;
    @Autowired
    DemoUsers demoUsers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestData testData;
    @Autowired
    PasswordEncoder passwordEncoder;

    @AfterEach
    void logOut() {
        demoUsers.logout();
    }

    @Test
    void adminCreatesAnInstitutionUserBoundToItsHospital() {
        demoUsers.login("admin");
        String username = uniqueUsername();

        AppUser created = users.create(new AppUser(username, "新同事", Role.INSTITUTION, testData.institutionId("YQ-H2")), "A-good-passphrase");

        assertThat(created.getId()).isNotNull();
        String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE username = ?").param(username).query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("A-good-passphrase");
        assertThat(passwordEncoder.matches("A-good-passphrase", hash)).isTrue();
        assertThat(auditCount(created.getId(), "CREATE")).isEqualTo(1);
    }

    @Test
    void institutionRolesNeedAFittingActiveInstitution() {
        demoUsers.login("admin");
        expectRefusal(new AppUser(uniqueUsername(), "无机构", Role.INSTITUTION, null), "A-good-passphrase", "institutionId", "user.error.institutionRequired");
        expectRefusal(new AppUser(uniqueUsername(), "错机构", Role.ASSOCIATION, testData.institutionId("YQ-MCH")), "A-good-passphrase", "institutionId", "user.error.associationInstitution");
    }

    @Test
    void badUserNamesAndWeakPasswordsAreRefused() {
        demoUsers.login("admin");
        expectRefusal(new AppUser("Has Space", "名字", Role.VIEWER, null), "A-good-passphrase", "username", "user.error.usernameFormat");
        expectRefusal(new AppUser("viewer", "重名", Role.VIEWER, null), "A-good-passphrase", "username", "user.error.usernameTaken");
        expectRefusal(new AppUser(uniqueUsername(), "", Role.VIEWER, null), "A-good-passphrase", "displayName", "validation.required");
        expectRefusal(new AppUser(uniqueUsername(), "短密码", Role.VIEWER, null), "short", "password", "password.error.tooShort");
        String username = uniqueUsername();
        expectRefusal(new AppUser(username, "含用户名", Role.VIEWER, null), "xx" + username + "xx", "password", "password.error.containsUsername");
    }

    @Test
    void changingARoleIsAuditedAsARoleChange() {
        demoUsers.login("admin");
        AppUser user = users.create(new AppUser(uniqueUsername(), "升职", Role.VIEWER, null), "A-good-passphrase");

        user.setRole(Role.COORDINATOR);
        AppUser saved = users.update(user);

        assertThat(saved.getRole()).isEqualTo(Role.COORDINATOR);
        String change = jdbc.sql("SELECT changed_fields FROM audit_event WHERE entity_id = ? AND entity_type = 'User' AND action = 'ROLE_CHANGE'")
                .param(saved.getId()).query(String.class).single();
        assertThat(change).isEqualTo("role: VIEWER → COORDINATOR");
    }

    @Test
    void anAdminCannotLockThemselvesOut() {
        demoUsers.login("admin");
        AppUser me = users.find(testData.userId("admin")).orElseThrow();
        me.setEnabled(false);
        assertThatThrownBy(() -> users.update(me)).isInstanceOfSatisfying(InvalidFieldException.class,
                e -> assertThat(e.messageKey()).isEqualTo("user.error.cannotDemoteSelf"));
    }

    @Test
    void aStaleEditOfAUserIsRefused() {
        demoUsers.login("admin");
        AppUser created = users.create(new AppUser(uniqueUsername(), "并发", Role.VIEWER, null), "A-good-passphrase");
        AppUser first = users.find(created.getId()).orElseThrow();
        AppUser second = users.find(created.getId()).orElseThrow();
        first.setDisplayName("第一个");
        users.update(first);
        second.setDisplayName("第二个");

        assertThatThrownBy(() -> users.update(second)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(users.find(created.getId()).orElseThrow().getDisplayName()).isEqualTo("第一个");
    }

    @Test
    void resetPasswordLiftsALockoutAndUsersChangeTheirOwnPassword() {
        demoUsers.login("admin");
        String username = uniqueUsername();
        AppUser user = users.create(new AppUser(username, "忘记密码", Role.VIEWER, null), "A-good-passphrase");
        jdbc.sql("INSERT INTO login_attempt (username, failures, locked_until) VALUES (?, 5, NOW() + INTERVAL 15 MINUTE)").param(username).update();

        users.resetPassword(user, "Reset-pass-2024");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM login_attempt WHERE username = ?").param(username).query(Long.class).single()).isZero();
        assertThat(auditCount(user.getId(), "PASSWORD_RESET")).isEqualTo(1);

        demoUsers.login(username);
        assertThatThrownBy(() -> users.changeOwnPassword("wrong-current", "Another-pass-2024"))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("currentPassword"));
        assertThatThrownBy(() -> users.changeOwnPassword("Reset-pass-2024", "short"))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey()).isEqualTo("password.error.tooShort"));
        users.changeOwnPassword("Reset-pass-2024", "Another-pass-2024");
        String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE username = ?").param(username).query(String.class).single();
        assertThat(passwordEncoder.matches("Another-pass-2024", hash)).isTrue();
        assertThat(auditCount(user.getId(), "PASSWORD_CHANGE")).isEqualTo(1);
    }

    private void expectRefusal(AppUser user, String password, String field, String messageKey) {
        assertThatThrownBy(() -> users.create(user, password)).as(field + " " + messageKey)
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.messageKey()).isEqualTo(messageKey);
                });
        if (user.getUsername() != null && !user.getUsername().equals("viewer")) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = ?").param(user.getUsername().toLowerCase())
                    .query(Long.class).single()).isZero();
        }
    }

    private long auditCount(long userId, String action) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'User' AND entity_id = ? AND action = ?")
                .param(userId).param(action).query(Long.class).single();
    }

    private static String uniqueUsername() {
        return TestData.unique("u");
    }
}
