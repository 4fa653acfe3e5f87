package com.programdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.programdesk.testsupport.Browser;
import com.programdesk.testsupport.EndToEndTest;
import org.junit.jupiter.api.Test;

/**
 * The packaged app in a real Chromium, as a new user meets it: embedded MariaDB, demo data,
 * Chinese UI. Screenshots go to target/screenshots.
 */
class InstitutionDirectoryInBrowserIT extends EndToEndTest {

    @Test
    void coordinatorCreatesAnInstitutionFindsItInTheGridAndLogsOut() {
        Page page = browser.newUser();
        Browser.logIn(page, app, "coordinator");
        assertThat(page.getByText("您好，王协调（市卫健局）")).isVisible();
        browser.screenshot(page, "01-coordinator-home");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("机构管理")).click();
        assertThat(page.getByText("乐清市妇幼保健院").first()).isVisible();
        button(page, "新建机构").click();
        Locator dialog = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("新建机构"));

        button(dialog, "保存").click();
        assertThat(dialog.getByText("此项为必填项").first()).isVisible();
        browser.screenshot(page, "02-required-fields");

        textbox(dialog, "中文名称").fill("乐清市柳市镇中心卫生院");
        textbox(dialog, "简称").fill("柳市卫生院");
        textbox(dialog, "机构代码").fill("YQ-LS-HC");
        Locator type = dialog.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("机构类型").setExact(true));
        type.click();
        type.fill("乡镇卫生院");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("乡镇卫生院")).click();
        textbox(dialog, "联系电话").fill("13957701234");
        button(dialog, "选择区划").click();
        Locator picker = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("选择区划"));
        textbox(picker, "搜索名称或代码").fill("柳市");
        // the search has answered once its matches show the path above them (the tree shows none)
        assertThat(picker.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("温州市 / 乐清市").setVisible(true)).first())
                .isVisible();
        picker.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("330382114000").setVisible(true)).first().click();
        assertThat(button(picker, "选择")).isEnabled();
        button(picker, "选择").click();
        assertThat(picker).hasCount(0);
        assertThat(dialog.locator("vaadin-custom-field input")).hasValue("浙江省 / 温州市 / 乐清市 / 柳市镇");
        button(dialog, "保存").click();
        assertThat(page.getByText("已保存机构“乐清市柳市镇中心卫生院”")).isVisible();
        assertThat(dialog).hasCount(0);

        textbox(page, "搜索名称、简称或代码").fill("柳市镇中心");
        Locator row = page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("YQ-LS-HC"));
        assertThat(row).isVisible();
        assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("139****1234"))).isVisible();
        assertThat(page.locator("vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("乐清市妇幼保健院").setVisible(true))).hasCount(0);
        browser.screenshot(page, "03-institution-found");

        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("账户")).click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("退出登录")).click();
        page.waitForURL(url -> url.contains("/login"));
        assertThat(page.getByLabel("用户名")).isVisible();
        page.context().close();
    }

    @Test
    void institutionUserIsRefusedTheAdministrationPages() {
        Page page = browser.newUser();
        Browser.logIn(page, app, "mch.staff");
        assertThat(page.getByText("您好，李医生（市妇保院）")).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("用户管理"))).hasCount(0);

        page.navigate(app.url("/users"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("页面不存在"))).isVisible();
        assertThat(page.getByText("admin")).hasCount(0);
        browser.screenshot(page, "04-institution-user-refused");

        page.navigate(app.url("/institutions"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("页面不存在"))).isVisible();
        page.context().close();
    }
}
