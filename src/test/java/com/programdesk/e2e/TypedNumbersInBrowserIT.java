package com.programdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.programdesk.testsupport.EndToEndTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What users really type into number fields, in a real browser: a decimal, a negative number and
 * letters. Each form keeps the text as typed, says what is wrong at the field and saves nothing
 * (Vaadin's own number fields dropped characters in the browser, so 3.5 people became 35).
 */
class TypedNumbersInBrowserIT extends EndToEndTest {

    private static final List<String> NOT_A_COUNT = List.of("3.5", "-1", "abc");
    private static final String WHOLE_PEOPLE = "请输入 0 到 100000 之间的整数";

    @Test
    void aMemberEventRefusesAHeadCountOf35OrLettersAndADateIn1900() {
        Page page = logIn("association");
        link(page, "会员活动").click();
        button(page, "登记活动").click();
        Locator dialog = dialog(page, "登记活动");
        choose(dialog, "举办单位", "大荆", "乐清市大荆镇计划生育协会");
        textbox(dialog, "活动名称").fill("大荆镇会员日（浏览器输入检查）");
        textbox(dialog, "其他参加人员（人）").fill("0");
        for (String typed : NOT_A_COUNT) {
            refused(dialog, "参加会员（人）", typed, WHOLE_PEOPLE);
            assertThat(page.getByText("已保存活动")).hasCount(0);
        }
        textbox(dialog, "参加会员（人）").fill("35");
        Locator date = dialog.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("活动日期").setExact(true));
        date.fill("1900/1/1");
        date.press("Enter");
        button(dialog, "保存").click();
        assertThat(dialog.getByText("请选择 2000年1月1日 到")).isVisible();
        assertThat(page.getByText("已保存活动")).hasCount(0);
        browser.screenshot(page, "90-member-event-typed-numbers");
        page.context().close();
    }

    @Test
    void aNewActivityRefusesAPlannedAttendanceOf35OrLetters() {
        Page page = logIn("coordinator");
        link(page, "活动日历").click();
        page.locator(".calendar-day.today").click();
        Locator dialog = dialog(page, "新建活动");
        textbox(dialog, "活动名称").fill("浏览器输入检查讲座");
        for (String typed : NOT_A_COUNT) {
            refused(dialog, "计划人数", typed, WHOLE_PEOPLE);
            assertThat(page.getByText("已保存活动")).hasCount(0);
        }
        page.context().close();
    }

    @Test
    void aTargetRefusesAFractionalCountANegativeValueAndLetters() {
        Page page = logIn("coordinator");
        link(page, "工作方案").click();
        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("年度生殖健康促进工作计划")).first().click();
        button(page, "添加目标").click();
        Locator dialog = dialog(page, "添加目标");
        textbox(dialog, "目标名称").fill("浏览器输入检查讲座");
        textbox(dialog, "单位").fill("场");
        refused(dialog, "目标值", "3.5", "场次目标须为整数");
        refused(dialog, "目标值", "-1", "请输入 0 到 999999999999.99 之间的数，最多 2 位小数");
        refused(dialog, "目标值", "abc", "请输入 0 到 999999999999.99 之间的数，最多 2 位小数");
        assertThat(page.getByText("已保存目标")).hasCount(0);
        page.context().close();
    }

    @Test
    void aMonthlyReportRefusesADecimalANegativeCountAndLetters() {
        // a month no demo report and no other test touches (MonthlyReportInBrowserIT files and approves last month's)
        Page page = logIn("mch.staff");
        link(page, "统计报表").click();
        choose(page, "报表", "早孕", "早孕关爱服务月报表");
        choose(page, "年份", "2023", "2023年");
        choose(page, "月份", "3", "3月");
        button(page, "打开该期间").click();
        page.waitForURL(url -> url.contains("/reports/"));
        List<String> messages = List.of("请输入整数", "数值不能为负数", "请输入整数");
        for (int i = 0; i < NOT_A_COUNT.size(); i++) {
            Locator box = textbox(page, "人工流产例数");
            box.fill(NOT_A_COUNT.get(i));
            box.press("Tab");
            assertThat(box).hasValue(NOT_A_COUNT.get(i));
            assertThat(page.locator(".entry-message").getByText(messages.get(i))).isVisible();
            button(page, "上报").click();
            assertThat(page.getByText("报表已上报，等待卫健局审核")).hasCount(0);
        }
        page.context().close();
    }

    @Test
    void servedHoursRefuseTwoDecimalsANegativeNumberAndLetters() {
        Page page = logIn("coordinator");
        link(page, "服务安排").click();
        Locator from = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("从").setExact(true));
        from.fill("2023/9/1");
        from.press("Enter");
        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("已完成")).first().click();
        Locator staffing = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^服务安排：")));
        staffing.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("修改时长")).first().click();
        Locator dialog = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^修改服务时长：")));
        for (String typed : List.of("3.55", "-1", "abc")) {
            refused(dialog, "服务时长（小时）", typed, "请输入 0 到 999 之间的数，最多 1 位小数");
        }
        page.context().close();
    }

    /** Types into the field, tries to save: the text stays as typed, the message is at the field, the dialog stays open. */
    private static void refused(Locator dialog, String field, String typed, String message) {
        Locator input = textbox(dialog, field);
        input.fill(typed);
        button(dialog, "保存").click();
        assertThat(input).hasValue(typed);
        Locator fieldElement = input.locator("xpath=ancestor::vaadin-text-field[1]");
        assertThat(fieldElement).hasAttribute("invalid", "");
        assertThat(fieldElement.locator("[slot=error-message]")).hasText(message);
        assertThat(button(dialog, "保存")).isVisible();
    }

    private static void choose(Locator dialog, String field, String typed, String option) {
        Locator box = dialog.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName(field).setExact(true));
        box.click();
        box.fill(typed);
        dialog.page().getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option).setExact(true)).click();
    }

    private static void choose(Page page, String field, String typed, String option) {
        Locator box = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName(field).setExact(true));
        box.click();
        box.fill(typed);
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option).setExact(true)).click();
    }
}
