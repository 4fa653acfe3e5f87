package com.programdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.programdesk.testsupport.EndToEndTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The statistics dashboard (统计分析) in a real browser on the demo's two years of reports: the
 * bureau of 乐清市 reads the targets and the trend, compares what lies below 乐清市, drills down to a
 * township from its bar and back up by the breadcrumb, opens an institution from its bar and exports
 * what it sees; a viewer is never shown a small count.
 */
class DashboardInBrowserIT extends EndToEndTest {

    @Test
    void theBureauComparesInstitutionsOpensOneAndExportsTheDashboard() throws IOException {
        Page coordinator = logIn("coordinator");
        link(coordinator, "统计分析").click();
        assertThat(coordinator.locator(".target-progress").filter(new Locator.FilterOptions().setHasText("重复流产率"))).isVisible();
        assertThat(coordinator.locator("svg.line-chart")).isVisible();
        String january = coordinator.locator("#dashboard-to input").inputValue().substring(0, 4) + "-01";
        coordinator.locator("#dashboard-from input").fill(january);
        coordinator.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(january).setExact(true)).click();
        assertThat(coordinator.locator("svg.line-chart text").filter(new Locator.FilterOptions().setHasText(january))).isAttached();
        browser.screenshot(coordinator, "50-dashboard-targets-and-trend");

        coordinator.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("报送完整性")).click();
        Locator institutionsHeatmap = coordinator.locator("div.completeness-chart:not(.area-completeness-chart) svg.heatmap");
        assertThat(institutionsHeatmap).isVisible();
        assertThat(institutionsHeatmap.locator("rect.cell-LATE").first()).isAttached();
        assertThat(coordinator.locator("div.area-completeness-chart svg.heatmap")).isVisible();
        browser.screenshot(coordinator, "51-dashboard-completeness");

        Download export = coordinator.waitForDownload(() -> link(coordinator, "导出 Excel").click());
        Path xlsx = Files.createTempFile("dashboard", ".xlsx");
        export.saveAs(xlsx);
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            assertThat(zip.getEntry("xl/worksheets/sheet4.xml")).isNotNull();
        }

        coordinator.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("下级比较")).click();
        Locator bars = coordinator.locator("svg.bar-chart g.bar");
        assertThat(bars.first()).isVisible();
        browser.screenshot(coordinator, "52-dashboard-institutions-compared");
        coordinator.locator("svg.bar-chart g.bar[aria-label^='虹桥镇 ']").click();
        assertThat(coordinator.locator(".dashboard-breadcrumb")).containsText("虹桥镇");
        assertThat(coordinator.locator("svg.bar-chart g.bar").first()).hasAttribute("aria-label",
                java.util.regex.Pattern.compile("^乐清市虹桥镇中心卫生院 .*"));
        coordinator.locator(".dashboard-breadcrumb vaadin-button").filter(new Locator.FilterOptions().setHasText("乐清市")).click();
        assertThat(coordinator.locator("svg.bar-chart g.bar[aria-label^='虹桥镇 ']")).isVisible();
        Locator institutions = coordinator.locator("svg.bar-chart g.bar:not([data-id^='area-'])");
        assertThat(institutions.first()).isVisible();
        String firstBar = institutions.first().getAttribute("aria-label");
        institutions.first().click();
        coordinator.waitForURL(url -> url.contains("/dashboard/institution/"));
        // a chart for every indicator: the 7 seeded by the changelogs, the 5 of the demo catalogue file and those other tests add on the shared app (CatalogueToDashboardInBrowserIT)
        Locator cards = coordinator.locator(".indicator-card");
        assertThat(cards.filter(new Locator.FilterOptions().setHasText("重复流产率"))).isVisible();
        assertThat(cards.count()).isGreaterThanOrEqualTo(12);
        assertThat(coordinator.locator("svg.line-chart")).hasCount(cards.count());
        assertThat(firstBar).startsWith(coordinator.locator("h2").first().innerText());
        browser.screenshot(coordinator, "53-dashboard-institution");
        logOut(coordinator);
    }

    @Test
    void aViewerIsNeverShownASmallCount() {
        Page viewer = logIn("viewer");
        link(viewer, "统计分析").click();
        assertThat(viewer.getByText("为保护个人隐私，小于 5 的数显示为“<5”，由这类数计算的比率显示为“—”。")).isVisible();
        viewer.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("下级比较")).click();
        assertThat(viewer.locator("svg.bar-chart")).isVisible();
        String markup = (String) viewer.evaluate("() => Array.from(document.querySelectorAll('svg.chart')).map(s => s.outerHTML).join('')");
        assertThat(markup).doesNotContainPattern("（[1-4] / ").doesNotContainPattern("/ [1-4]）");
        browser.screenshot(viewer, "54-dashboard-viewer");
        logOut(viewer);
    }
}
