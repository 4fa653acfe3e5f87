package com.programdesk.user.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.security.domain.Role;
import com.programdesk.security.service.SystemActor;
import com.programdesk.testsupport.DemoUsers;
import com.programdesk.testsupport.ProgramDeskTest;
import com.programdesk.testsupport.TestData;
import com.programdesk.testsupport.TestMail;
import com.programdesk.user.domain.AppUser;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** 忘记密码 against a real SMTP server: the mail, the link used once, and the answers that reveal nothing. */
@ProgramDeskTest
class PasswordResetByMailTest {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final String NEW_PASSWORD = "Neues-Passwort-2026";

    @Autowired
    PasswordResetService resets;
    @Autowired
    EmailAddressService emails;
    @Autowired
    UserService users;
    @Autowired
    DemoUsers demoUsers;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestData testData;

    @Test
    void theLinkInTheMailSetsANewPasswordOnceEndsALockAndIsAudited() throws Exception {
        Account account = verifiedAccount();
        jdbc.sql("INSERT INTO login_attempt (username, failures, last_failure_at, locked_until) VALUES (?, 5, NOW(3), NOW(3) + INTERVAL 15 MINUTE)")
                .param(account.username).update();

        resets.requestReset(account.email.toUpperCase(Locale.ROOT), client(), CHINESE);

        MimeMessage mail = resetMails(account, 1).getFirst();
        assertThat(mail.getSubject()).isEqualTo("【项目协同平台】重置密码");
        assertThat(TestMail.part(mail, "text/plain")).contains("重置测试", account.username, "30 分钟");
        String link = TestMail.link(mail, PasswordResetService.PATH);
        assertThat(TestMail.part(mail, "text/html")).contains("href=\"" + link + "\"");
        String token = TestMail.token(link);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM account_token WHERE token_hash = ?").param(token).query(Long.class).single())
                .as("only the token's hash is stored").isZero();
        assertThat(resets.isLinkValid(token)).isTrue();

        assertThat(resets.resetPassword(token, NEW_PASSWORD)).isEqualTo(account.username);

        assertThat(passwordEncoder.matches(NEW_PASSWORD, passwordHash(account.username))).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM login_attempt WHERE username = ?").param(account.username).query(Long.class).single())
                .as("the lockout ended").isZero();
        assertThat(resets.isLinkValid(token)).isFalse();
        assertThatThrownBy(() -> resets.resetPassword(token, "Another-password-1"))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("token"));
        assertThat(passwordEncoder.matches(NEW_PASSWORD, passwordHash(account.username))).as("the second use changed nothing").isTrue();
        assertThat(auditActions(account.username)).contains("PASSWORD_RESET_REQUEST", "PASSWORD_RESET", "EMAIL_VERIFY");
    }

    @Test
    void usingOneLinkEndsTheOthersAndABadPasswordKeepsTheLink() {
        Account account = verifiedAccount();
        resets.requestReset(account.email, client(), CHINESE);
        resets.requestReset(account.email, client(), CHINESE);
        List<MimeMessage> mails = resetMails(account, 2);
        String first = TestMail.token(TestMail.link(mails.get(0), PasswordResetService.PATH));
        String second = TestMail.token(TestMail.link(mails.get(1), PasswordResetService.PATH));

        assertThatThrownBy(() -> resets.resetPassword(second, "short"))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey()).isEqualTo("password.error.tooShort"));
        assertThatThrownBy(() -> resets.resetPassword(second, account.username + "-2026-x"))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey()).isEqualTo("password.error.containsUsername"));
        assertThat(resets.isLinkValid(second)).as("a refused password does not use the link up").isTrue();

        resets.resetPassword(second, NEW_PASSWORD);

        assertThat(resets.isLinkValid(first)).as("the older link stopped working too").isFalse();
    }

    @Test
    void anExpiredLinkIsRefusedLikeAnUnknownOne() {
        Account account = verifiedAccount();
        resets.requestReset(account.email, client(), CHINESE);
        String token = TestMail.token(TestMail.link(resetMails(account, 1).getFirst(), PasswordResetService.PATH));
        jdbc.sql("UPDATE account_token SET expires_at = NOW(3) - INTERVAL 1 SECOND WHERE user_id = ?")
                .param(testData.userId(account.username)).update();

        assertThat(resets.isLinkValid(token)).isFalse();
        assertThat(catchRefusal(token).messageKey()).isEqualTo(catchRefusal("no-such-token").messageKey()).isEqualTo("reset.error.invalidLink");
        assertThat(passwordEncoder.matches(DemoUsers.PASSWORD, passwordHash(account.username))).isTrue();
    }

    @Test
    void unknownUnverifiedAndDisabledAddressesGetTheSameAnswerAndNoMail() {
        String unknown = TestData.unique("nobody") + "@example.cn";
        Account unverified = account();
        Account disabled = verifiedAccount();
        SystemActor.run(() -> {
            AppUser user = users.find(testData.userId(disabled.username)).orElseThrow();
            user.setEnabled(false);
            users.update(user);
        });

        for (String address : List.of(unknown, unverified.email, disabled.email)) {
            resets.requestReset(address, client(), CHINESE); // returns as for a real account: no exception, nothing to tell
        }
        Account control = verifiedAccount();
        resets.requestReset(control.email, client(), CHINESE);
        TestMail.await(control.email, 1);

        assertThat(TestMail.to(unknown)).isEmpty();
        assertThat(TestMail.to(unverified.email)).as("links go only to confirmed addresses").hasSize(1); // the confirmation mail only
        assertThat(TestMail.to(disabled.email)).hasSize(1);
        assertThatThrownBy(() -> resets.requestReset("not an address", client(), CHINESE))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("email"));
    }

    @Test
    void threeRequestsPerAddressAnHourThenNoMoreMailsTheSameAnswer() {
        Account account = verifiedAccount();
        List<String> clients = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            clients.add(client()); // a new client each time: the address's limit
            resets.requestReset(account.email, clients.getLast(), CHINESE);
        }
        TestMail.await(account.email, 1 + 3);
        Account other = verifiedAccount();
        resets.requestReset(other.email, client(), CHINESE);
        TestMail.await(other.email, 2);

        assertThat(TestMail.to(account.email)).as("the confirmation and three reset mails").hasSize(4);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'PASSWORD_RESET_REQUEST' AND changed_fields LIKE '%too many%' AND changed_fields LIKE ?")
                .param("%" + clients.getLast() + "%").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void twentyRequestsPerClientAnHour() {
        String oneClient = client();
        for (int i = 0; i < 20; i++) {
            resets.requestReset(TestData.unique("nobody") + "@example.cn", oneClient, CHINESE);
        }
        Account account = verifiedAccount();
        resets.requestReset(account.email, oneClient, CHINESE);
        resets.requestReset(account.email, client(), CHINESE);

        assertThat(TestMail.await(account.email, 2)).as("the confirmation and the other client's link").hasSize(2);
    }

    @Test
    void theUsersOwnAddressIsConfirmedByItsLinkAndAChangeNeedsANewConfirmation() throws Exception {
        Account account = account();
        assertThat(demoUsers.as(account.username, emails::own)).isEqualTo(new EmailAddressService.EmailStatus(account.email, false));
        String link = TestMail.link(TestMail.await(account.email, 1).getFirst(), EmailAddressService.PATH);
        assertThat(TestMail.await(account.email, 1).getFirst().getSubject()).isNotBlank();

        assertThat(emails.verify(TestMail.token(link))).isTrue();
        assertThat(emails.verify(TestMail.token(link))).as("used once").isFalse();
        assertThat(demoUsers.as(account.username, emails::own).verified()).isTrue();

        String changed = TestData.unique("new") + "@example.cn";
        demoUsers.as(account.username, () -> emails.changeOwn(changed, Locale.ENGLISH));
        assertThat(demoUsers.as(account.username, emails::own)).isEqualTo(new EmailAddressService.EmailStatus(changed, false));
        MimeMessage english = TestMail.await(changed, 1).getFirst();
        assertThat(english.getSubject()).isEqualTo("[Program Desk] Confirm your e-mail address");
        assertThatThrownBy(() -> demoUsers.as(account.username, () -> emails.changeOwn("name@", Locale.ENGLISH)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey()).isEqualTo("email.error.format"));
        assertThat(auditActions(account.username)).contains("EMAIL_CHANGE");
    }

    @Test
    void anAdministratorsEntryStartsUnconfirmedAndABadOneIsRefusedAtTheField() {
        String username = TestData.unique("mail");
        AppUser created = SystemActor.call(() -> {
            AppUser user = new AppUser(username, "管理员填写", Role.VIEWER, null);
            user.setEmail(" " + username + "@example.cn ");
            return users.create(user, DemoUsers.PASSWORD);
        });
        assertThat(created.getEmail()).isEqualTo(username + "@example.cn");
        assertThat(created.isEmailVerified()).isFalse();

        AppUser bad = created.copy();
        bad.setEmail("two@@example.cn");
        assertThatThrownBy(() -> SystemActor.run(() -> users.update(bad)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("email"));
    }

    private record Account(String username, String email) {
    }

    /** A viewer whose own address is saved but not yet confirmed (the confirmation mail is in the box). */
    private Account account() {
        String username = TestData.unique("reset");
        String email = username + "@example.cn";
        SystemActor.run(() -> users.create(new AppUser(username, "重置测试", Role.VIEWER, null), DemoUsers.PASSWORD));
        demoUsers.as(username, () -> emails.changeOwn(email, CHINESE));
        return new Account(username, email);
    }

    private Account verifiedAccount() {
        Account account = account();
        String link = TestMail.link(TestMail.await(account.email, 1).getFirst(), EmailAddressService.PATH);
        assertThat(emails.verify(TestMail.token(link))).isTrue();
        return account;
    }

    /** A client address of this test's own (the limit per client is shared by the whole run). */
    private static String client() {
        return "198.51." + TestData.unique("t");
    }

    /** The reset mails of a confirmed account, after its confirmation mail, once {@code count} of them arrived. */
    private static List<MimeMessage> resetMails(Account account, int count) {
        List<MimeMessage> all = TestMail.await(account.email, 1 + count);
        return all.subList(1, all.size());
    }

    private InvalidFieldException catchRefusal(String token) {
        try {
            resets.resetPassword(token, NEW_PASSWORD);
        } catch (InvalidFieldException e) {
            return e;
        }
        throw new AssertionError("the link should have been refused");
    }

    private String passwordHash(String username) {
        return jdbc.sql("SELECT password_hash FROM app_user WHERE username = ?").param(username).query(String.class).single();
    }

    private List<String> auditActions(String username) {
        return jdbc.sql("SELECT action FROM audit_event WHERE actor = ?").param(username).query(String.class).list();
    }
}
