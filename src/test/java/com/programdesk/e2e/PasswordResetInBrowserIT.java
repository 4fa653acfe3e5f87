package com.programdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.programdesk.testsupport.Browser;
import com.programdesk.testsupport.DemoUsers;
import com.programdesk.testsupport.EndToEndTest;
import com.programdesk.testsupport.TestData;
import com.programdesk.testsupport.TestMail;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The whole 忘记密码 flow in Chromium against the packaged app, whose mail reaches the SMTP server
 * in this JVM (TestMail): an administrator enters the user's address, the user confirms it from the
 * user menu's mail, later forgets the password, follows the reset mail's link, sets a new password
 * and logs in with it; the link does not work twice. A mail's link starts with the portal's public
 * address (TestMail.PUBLIC_URL); the test opens the same path and token on the app's own port.
 */
class PasswordResetInBrowserIT extends EndToEndTest {

    private static final String NEW_PASSWORD = "Vergessen-2026-neu";

    @Test
    void aUserWhoForgotTheirPasswordSetsANewOneThroughTheMailedLink() throws Exception {
        String username = TestData.unique("forgot");
        String address = username + "@example.cn";

        Page admin = logIn("admin");
        admin.navigate(app.url("/users"));
        button(admin, "新建用户").click();
        Locator editor = dialog(admin, "新建用户");
        textbox(editor, "用户名").fill(username);
        textbox(editor, "姓名").fill("忘记密码测试");
        textbox(editor, "电子邮箱").fill(address);
        editor.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("角色")).fill("只读查看");
        admin.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("只读查看")).click();
        editor.getByLabel("初始密码").fill(DemoUsers.PASSWORD);
        button(editor, "保存").click();
        assertThat(admin.getByText("已保存用户“" + username + "”")).isVisible();
        logOut(admin);

        Page user = logIn(username);
        user.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("账户")).click();
        user.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("电子邮箱")).click();
        Locator profile = dialog(user, "电子邮箱");
        assertThat(profile.getByText("未确认：请打开发到该地址的确认邮件中的链接。")).isVisible();
        button(profile, "保存").click(); // the administrator's entry sent nothing; saving it again sends the link
        assertThat(user.getByText("确认链接已发送到 " + address, new Page.GetByTextOptions().setExact(false))).isVisible();
        user.navigate(onApp(TestMail.link(TestMail.await(address, 1).getFirst(), "/verify-email")));
        assertThat(user.getByText("您的电子邮箱已确认。忘记密码时可以通过邮件重置。")).isVisible();
        user.context().close();

        Page forgot = browser.newUser();
        forgot.navigate(app.url("/login"));
        forgot.getByText("忘记密码").click();
        forgot.waitForURL(url -> url.contains("/forgot-password"));
        forgot.getByLabel("电子邮箱").fill(address);
        button(forgot, "发送重置链接").click();
        assertThat(forgot.getByText("如果该地址属于一个已确认电子邮箱的账户", new Page.GetByTextOptions().setExact(false))).isVisible();
        browser.screenshot(forgot, "reset-01-requested");

        List<MimeMessage> mails = TestMail.await(address, 2);
        MimeMessage reset = mails.get(1);
        assertThat(reset.getSubject()).isEqualTo("【项目协同平台】重置密码");
        String link = onApp(TestMail.link(reset, "/reset-password"));
        forgot.navigate(link);
        forgot.getByLabel("新密码", new Page.GetByLabelOptions().setExact(true)).fill(NEW_PASSWORD);
        forgot.getByLabel("再次输入新密码").fill(NEW_PASSWORD + "x");
        button(forgot, "设置新密码").click();
        assertThat(forgot.getByText("两次输入的新密码不一致")).isVisible();
        forgot.getByLabel("再次输入新密码").fill(NEW_PASSWORD);
        button(forgot, "设置新密码").click();
        assertThat(forgot.getByText("新密码已设置，请用新密码登录。")).isVisible();
        browser.screenshot(forgot, "reset-02-done");
        forgot.context().close();

        Page again = browser.newUser();
        Browser.logIn(again, app, username, NEW_PASSWORD);
        assertThat(again.getByText("忘记密码测试").first()).isVisible(); // the header and the greeting name the user
        again.navigate(link);
        assertThat(again.getByText("此链接无效、已使用或已过期", new Page.GetByTextOptions().setExact(false))).isVisible();
        again.context().close();
    }

    /** The mail's link on the app's own port: the same path and token. */
    private String onApp(String link) {
        return app.url(link.substring(TestMail.PUBLIC_URL.length()));
    }
}
