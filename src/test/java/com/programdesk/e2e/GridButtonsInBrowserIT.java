package com.programdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.programdesk.testsupport.EndToEndTest;
import org.junit.jupiter.api.Test;

/**
 * Every button in a grid does what it says when the button itself is clicked (a grid fires no row
 * click for a click on a button in a cell): 填报 and 查看 of the report list, 审核整改 of the findings,
 * the visit buttons of a round, 查看 of a team member's phone.
 */
class GridButtonsInBrowserIT extends EndToEndTest {

    @Test
    void theReportListsFillAndOpenButtonsOpenTheReport() {
        Page hospital = logIn("mch.staff");
        link(hospital, "统计报表").click();
        gridButton(hospital, "填报").first().click();
        hospital.waitForURL(url -> url.matches(".*/reports/\\d+/\\d+/\\d{4}.*"));
        assertThat(button(hospital, "上报")).isVisible();

        hospital.goBack();
        Locator open = gridButton(hospital, "查看");
        assertThat(open.first()).isVisible();
        open.first().click();
        hospital.waitForURL(url -> url.matches(".*/reports/\\d+$"));
        logOut(hospital);
    }

    @Test
    void theFindingsReviewButtonOpensTheReviewAndTheVisitButtonsOpenTheVisit() {
        Page coordinator = logIn("coordinator");
        link(coordinator, "问题整改").click();
        Locator review = gridButton(coordinator, "审核整改");
        assertThat(review.first()).isVisible();
        review.first().click();
        Locator reviewing = dialog(coordinator, "审核整改");
        assertThat(button(reviewing, "取消")).isVisible();
        button(reviewing, "取消").click();

        link(coordinator, "督导检查").click();
        coordinator.waitForURL(url -> url.endsWith("/supervision")); // the findings grid names the round too
        coordinator.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("基本避孕服务项目督导")).first().click();
        coordinator.waitForURL(url -> url.matches(".*/supervision/\\d+$"));
        Locator visit = coordinator.locator("vaadin-grid-cell-content vaadin-button:visible");
        assertThat(visit.first()).isVisible();
        visit.first().click();
        coordinator.waitForURL(url -> url.contains("/visits/"));
        logOut(coordinator);
    }

    @Test
    void aTeamKeepersRevealButtonShowsTheNumber() {
        Page association = logIn("association");
        link(association, "服务团队").click();
        association.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("志愿")).first().click();
        Locator reveal = gridButton(association, "查看");
        assertThat(reveal.first()).isVisible();
        reveal.first().click();
        assertThat(association.getByText("本次查看已记入审计日志")).isVisible();
        logOut(association);
    }

    @Test
    void noVisitButtonLeadsNowhereForSomeoneWhoMayNotRecord() {
        Page viewer = logIn("viewer");
        link(viewer, "督导检查").click();
        viewer.waitForURL(url -> url.endsWith("/supervision"));
        viewer.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("基本避孕服务项目督导")).first().click();
        viewer.waitForURL(url -> url.matches(".*/supervision/\\d+$"));
        String round = viewer.url();
        assertThat(viewer.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("被督导单位"))).isVisible();
        Locator buttons = viewer.locator("vaadin-grid-cell-content vaadin-button:visible");
        int count = buttons.count();
        for (int b = 0; b < count; b++) {
            buttons.nth(b).click();
            viewer.waitForURL(url -> url.contains("/visits/"));
            viewer.navigate(round);
            assertThat(viewer.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("被督导单位"))).isVisible();
        }
        // a visit the viewer may not record offers no 开始检查
        assertThat(viewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("开始检查").setExact(true))).hasCount(0);
        logOut(viewer);
    }

    private static Locator gridButton(Page page, String name) {
        return page.locator("vaadin-grid-cell-content").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }
}
