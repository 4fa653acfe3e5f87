package com.programdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.programdesk.testsupport.Browser;
import com.programdesk.testsupport.EndToEndTest;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The association chases the 2024 member day (5.29) in a real browser: 白石街道 has not reported,
 * the secretary logs its event from the member-day view (a negative count is refused at its field),
 * the branch then shows its event, and the event gets a photo.
 */
class MemberDayInBrowserIT extends EndToEndTest {

    private static final String BRANCH = "乐清市白石街道计划生育协会";
    private static final String TITLE = "白石街道“5·29”会员日健康咨询（补报）";

    @Test
    void theAssociationSeesAMissingBranchLogsItsMemberDayEventAndTheBranchIsReported() throws IOException {
        Page page = browser.newUser();
        Browser.logIn(page, app, "association");
        link(page, "会员活动").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("会员活动"))).isVisible();
        browser.screenshot(page, "40-member-events-list");

        Locator memberDay = tab(page, "会员日报送");
        chooseYear(page, memberDay, "2024");
        assertThat(memberDay.getByText("已报送 5 / 7 个单位")).isVisible();
        assertThat(branchRow(memberDay, BRANCH)).hasAccessibleName(Pattern.compile("未报送"));
        assertThat(branchRow(memberDay, "乐清市虹桥镇计划生育协会")).hasAccessibleName(Pattern.compile("未报送"));
        browser.screenshot(page, "41-member-day-missing");

        memberDay.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(BRANCH)).click();
        Locator dialog = dialog(page, "登记活动");
        assertThat(dialog.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("举办单位").setExact(true)))
                .hasValue(BRANCH);
        textbox(dialog, "活动名称").fill(TITLE);
        dialog.getByLabel("参加会员（人）").fill("-5");
        dialog.getByLabel("其他参加人员（人）").fill("64");
        button(dialog, "保存").click();
        assertThat(dialog.getByText("请输入 0 到 100000 之间的整数")).isVisible();
        browser.screenshot(page, "42-member-event-negative-refused");
        dialog.getByLabel("参加会员（人）").fill("27");
        button(dialog, "保存").click();
        // the title's own quotation marks nest inside the message's as ‘’
        assertThat(page.getByText("已保存活动“" + TITLE.replace('“', '‘').replace('”', '’') + "”")).isVisible();
        assertThat(dialog).hasCount(0);

        assertThat(memberDay.getByText("已报送 6 / 7 个单位")).isVisible();
        assertThat(branchRow(memberDay, BRANCH)).hasAccessibleName(BRANCH + " 已报送 " + TITLE + " 27 64");
        assertThat(branchRow(memberDay, "乐清市虹桥镇计划生育协会")).hasAccessibleName(Pattern.compile("未报送"));
        browser.screenshot(page, "43-member-day-reported");

        Locator figures = tab(page, "年度统计");
        chooseYear(page, figures, "2024");
        assertThat(branchRow(figures, BRANCH)).hasAccessibleName(Pattern.compile("^" + BRANCH + " 2 45 154 1 0 0 1 0$"));
        browser.screenshot(page, "44-member-event-figures");

        Locator list = tab(page, "活动记录");
        Locator year = list.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("年度"));
        year.fill("2024");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("2024").setExact(true)).click();
        list.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(TITLE)).click();
        Locator editor = dialog(page, "编辑活动");
        editor.locator("vaadin-upload input[type=file]").setInputFiles(photo("会员日现场.png"));
        assertThat(editor.locator(".attachment-row").filter(new Locator.FilterOptions().setHasText("会员日现场.png"))).isVisible();
        browser.screenshot(page, "45-member-event-photo");
    }

    /** Opens a tab; a tab opened before stays in the page, hidden, so everything is looked up within the panel. */
    private static Locator tab(Page page, String name) {
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(name)).click();
        return page.getByRole(AriaRole.TABPANEL, new Page.GetByRoleOptions().setName(name));
    }

    private static void chooseYear(Page page, Locator panel, String year) {
        panel.locator("vaadin-select").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(year).setExact(true)).click();
    }

    /** Grid rows live in the grid's shadow DOM; their accessible names are the slotted cell texts. */
    private static Locator branchRow(Locator panel, String branch) {
        return panel.getByRole(AriaRole.ROW, new Locator.GetByRoleOptions().setName(Pattern.compile("^" + branch + " ")));
    }

    private static Path photo(String name) throws IOException {
        BufferedImage image = new BufferedImage(160, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xFBE9E7));
        g.fillRect(0, 0, 160, 100);
        g.setColor(new Color(0xC62828));
        g.fillOval(40, 20, 80, 60);
        g.dispose();
        Path file = Files.createTempDirectory("member-event").resolve(name);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }
}
