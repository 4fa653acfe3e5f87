package com.programdesk.user.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.security.domain.Role;
import com.programdesk.security.service.SystemActor;
import com.programdesk.security.ui.LoginView;
import com.programdesk.testsupport.DemoUsers;
import com.programdesk.testsupport.TestData;
import com.programdesk.testsupport.TestMail;
import com.programdesk.testsupport.ViewTest;
import com.programdesk.user.domain.AppUser;
import com.programdesk.user.service.EmailAddressService;
import com.programdesk.user.service.PasswordResetService;
import com.programdesk.user.service.UserService;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** 忘记密码 → the mail's link → a new password, and the user's own address confirmed by its link, page by page. */
class PasswordResetPagesTest extends ViewTest {

    @Autowired
    UserService users;
    @Autowired
    EmailAddressService emails;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    com.programdesk.institution.service.InstitutionService institutions;
    @Autowired
    com.programdesk.area.service.AreaService areas;

    @Test
    void theLoginPageOffersForgotPasswordWhenMailIsSetUp() {
        navigate("login", LoginView.class);
        assertThat($(LoginForm.class).single().isForgotPasswordButtonVisible()).isTrue();
    }

    @Test
    void forgotPasswordAnswersTheSameForAnUnknownAndAKnownAddressAndRefusesABadOneAtTheField() throws Exception {
        String username = confirmedUser();
        ForgotPasswordView page = navigate("forgot-password", ForgotPasswordView.class);
        test(page.email).setValue("name@");
        test(page.send).click();
        assertThat(page.email.getErrorMessage()).isEqualTo("请输入有效的电子邮箱地址，例如 name@example.cn");

        test(page.email).setValue(TestData.unique("nobody") + "@example.cn");
        test(page.send).click();
        String unknownAnswer = messages(page);

        navigate("login", LoginView.class); // the same route again would keep the page as it is
        ForgotPasswordView again = navigate("forgot-password", ForgotPasswordView.class);
        test(again.email).setValue(username + "@example.cn");
        test(again.send).click();

        assertThat(messages(again)).isEqualTo(unknownAnswer).contains("30 分钟内有效");
        assertThat(TestMail.await(username + "@example.cn", 2).get(1).getSubject()).contains("重置密码");
    }

    @Test
    void theResetPageTakesTheNewPasswordTwiceAndTheLinkWorksOnce() {
        String username = confirmedUser();
        String token = resetToken(username);

        ResetPasswordView page = open(ResetPasswordView.class, token);
        test(page.next).setValue("Brand-new-pass-1");
        test(page.repeat).setValue("Brand-new-pass-2");
        test(page.save).click();
        assertThat(page.repeat.getErrorMessage()).isEqualTo("两次输入的新密码不一致");
        test(page.next).setValue("short");
        test(page.repeat).setValue("short");
        test(page.save).click();
        assertThat(page.next.getErrorMessage()).isEqualTo("密码至少需要 10 个字符");

        test(page.next).setValue("Brand-new-pass-1");
        test(page.repeat).setValue("Brand-new-pass-1");
        test(page.save).click();
        assertThat(messages(page)).isEqualTo("新密码已设置，请用新密码登录。");
        assertThat(passwordEncoder.matches("Brand-new-pass-1", jdbc.sql("SELECT password_hash FROM app_user WHERE username = ?")
                .param(username).query(String.class).single())).isTrue();

        ResetPasswordView reopened = open(ResetPasswordView.class, token);
        assertThat(messages(reopened)).startsWith("此链接无效、已使用或已过期");
        assertThat(reopened.next.isAttached()).isFalse();
        ResetPasswordView unknown = open(ResetPasswordView.class, "made-up");
        assertThat(messages(unknown)).isEqualTo(messages(reopened));
    }

    @Test
    void theConfirmationLinkConfirmsTheAddressOnce() {
        String username = newUser();
        String address = username + "@example.cn";
        demoUsers.login(username);
        EmailDialog dialog = new EmailDialog(emails);
        dialog.open();
        roundTrip(); // a dialog attaches on the way to the browser
        assertThat(dialog.status.getText()).startsWith("还没有填写电子邮箱");
        test(dialog.email).setValue("two@@example.cn");
        test(dialog.save).click();
        assertThat(dialog.email.getErrorMessage()).isEqualTo("请输入有效的电子邮箱地址，例如 name@example.cn");
        test(dialog.email).setValue(address);
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        demoUsers.logout();

        String link = TestMail.link(TestMail.await(address, 1).getFirst(), EmailAddressService.PATH);
        VerifyEmailView page = open(VerifyEmailView.class, TestMail.token(link));
        assertThat(messages(page)).startsWith("您的电子邮箱已确认");
        VerifyEmailView again = open(VerifyEmailView.class, TestMail.token(link));
        assertThat(messages(again)).startsWith("此确认链接无效或已过期");

        demoUsers.login(username);
        assertThat(new EmailDialog(emails).status.getText()).startsWith("已确认");
    }

    @Test
    void theAdministratorEntersAnAddressThatStartsUnconfirmed() {
        String username = newUser();
        demoUsers.login("admin");
        AppUser user = users.find(testData.userId(username)).orElseThrow();
        UserEditor editor = new UserEditor(users, institutions, areas, user, () -> { });
        editor.open();
        roundTrip();
        test(editor.email).setValue("no-at-sign.example.cn");
        test(editor.save).click();
        assertThat(editor.email.getErrorMessage()).isEqualTo("请输入有效的电子邮箱地址，例如 name@example.cn");

        test(editor.email).setValue(username + "@example.cn");
        test(editor.save).click();
        assertThat(jdbc.sql("SELECT CONCAT(email, ' ', email_verified) FROM app_user WHERE username = ?").param(username)
                .query(String.class).single()).isEqualTo(username + "@example.cn 0");
    }

    private String newUser() {
        String username = TestData.unique("page");
        SystemActor.run(() -> users.create(new AppUser(username, "页面测试", Role.VIEWER, null), DemoUsers.PASSWORD));
        return username;
    }

    private String confirmedUser() {
        String username = newUser();
        demoUsers.as(username, () -> emails.changeOwn(username + "@example.cn", java.util.Locale.SIMPLIFIED_CHINESE));
        String link = TestMail.link(TestMail.await(username + "@example.cn", 1).getFirst(), EmailAddressService.PATH);
        assertThat(emails.verify(TestMail.token(link))).isTrue();
        return username;
    }

    private String resetToken(String username) {
        ForgotPasswordView page = navigate("forgot-password", ForgotPasswordView.class);
        test(page.email).setValue(username + "@example.cn");
        test(page.send).click();
        return TestMail.token(TestMail.link(TestMail.await(username + "@example.cn", 2).get(1), PasswordResetService.PATH));
    }

    /** Opens the page of a link, as the mail's link does (the route with {@code ?token=}); a fresh page each time. */
    private <T extends AccountPage> T open(Class<T> page, String token) {
        navigate("login", LoginView.class);
        com.vaadin.flow.component.UI.getCurrent().navigate(page, com.vaadin.flow.router.QueryParameters.of("token", token));
        return page.cast(getCurrentView());
    }

    private String messages(AccountPage page) {
        List<String> texts = page.card.getChildren().filter(Paragraph.class::isInstance).map(p -> ((Paragraph) p).getText()).toList();
        return String.join("\n", texts);
    }
}
