package com.programdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.programdesk.testsupport.EndToEndTest;
import org.junit.jupiter.api.Test;

/**
 * Users bound to an area (行政区划) in a real Chromium: 柯桥区's coordinator sees Qixian's program,
 * institutions and figures and nothing of 乐清市, not even by URL; 温州市's viewer sees 乐清市 and
 * nothing of 绍兴市.
 */
class AreaScopeInBrowserIT extends EndToEndTest {

    private static final String PILOT = "乐清市生殖健康促进创新试点工作方案";
    private static final String QIXIAN = "齐贤分院“早孕关爱行动”工作方案";

    @Test
    void keqiaosCoordinatorSeesKeqiaoOnlyEvenByUrl() {
        Page yueqing = logIn("coordinator");
        link(yueqing, "工作方案").click();
        cell(yueqing, PILOT).click();
        yueqing.waitForURL(url -> url.matches(".*/programs/\\d+$"));
        String pilotUrl = yueqing.url();
        assertThat(cell(yueqing, QIXIAN)).hasCount(0);
        logOut(yueqing);

        Page keqiao = logIn("keqiao.coordinator");
        link(keqiao, "工作方案").click();
        assertThat(cell(keqiao, QIXIAN)).isVisible();
        assertThat(cell(keqiao, PILOT)).hasCount(0);
        browser.screenshot(keqiao, "70-keqiao-programs");

        link(keqiao, "机构管理").click();
        assertThat(cell(keqiao, "绍兴市中心医院医共体齐贤分院")).isVisible();
        assertThat(cell(keqiao, "乐清市妇幼保健院")).hasCount(0);
        assertThat(cell(keqiao, "绍兴市妇幼保健院")).hasCount(0);
        browser.screenshot(keqiao, "71-keqiao-institutions");

        link(keqiao, "任务清单").click();
        assertThat(cell(keqiao, "建立三条就诊路径").first()).isVisible();
        assertThat(cell(keqiao, "科普直播间开通")).hasCount(0);

        link(keqiao, "统计分析").click();
        assertThat(keqiao.locator(".dashboard-breadcrumb")).containsText("柯桥区");
        assertThat(keqiao.locator(".target-progress").filter(new Locator.FilterOptions().setHasText("重复流产率"))).isVisible();
        browser.screenshot(keqiao, "72-keqiao-dashboard");

        keqiao.navigate(pilotUrl);
        assertThat(keqiao.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("页面不存在"))).isVisible();
        assertThat(keqiao.getByText(PILOT)).hasCount(0);
        browser.screenshot(keqiao, "73-keqiao-refused-yueqing-by-url");
        logOut(keqiao);
    }

    @Test
    void wenzhousViewerSeesYueqingAndNothingOfShaoxing() {
        Page wenzhou = logIn("wenzhou.viewer");
        link(wenzhou, "工作方案").click();
        assertThat(cell(wenzhou, PILOT)).isVisible();
        assertThat(cell(wenzhou, QIXIAN)).hasCount(0);

        link(wenzhou, "统计分析").click();
        assertThat(wenzhou.locator(".dashboard-breadcrumb")).containsText("乐清市");
        wenzhou.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("报送完整性")).click();
        assertThat(wenzhou.locator("svg.heatmap").first()).isVisible();
        assertThat(wenzhou.locator("svg.heatmap").first()).not().containsText("齐贤");
        assertThat(wenzhou.locator("svg.heatmap").first()).not().containsText("绍兴");
        browser.screenshot(wenzhou, "74-wenzhou-viewer-dashboard");

        wenzhou.navigate(app.url("/tasks"));
        assertThat(cell(wenzhou, "科普直播间开通").first()).isVisible();
        assertThat(cell(wenzhou, "建立三条就诊路径")).hasCount(0);
        logOut(wenzhou);
    }

    @Test
    void theAdministratorFindsATownshipInTheTreeWithItsPath() {
        Page admin = logIn("admin");
        link(admin, "行政区划").click();
        assertThat(cell(admin, "浙江省")).isVisible();
        textbox(admin, "搜索名称或代码").fill("虹桥");
        assertThat(cell(admin, "330382108000")).isVisible();
        assertThat(admin.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("温州市").setVisible(true)).first())
                .isVisible();
        browser.screenshot(admin, "75-areas-search");
        logOut(admin);
    }

    private static Locator cell(Page page, String text) {
        return page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(text).setVisible(true));
    }
}
