package com.programdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.programdesk.testsupport.EndToEndTest;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 done, in a real browser: the bureau adds a postpartum contraception count and the women who
 * gave birth in hospital as data elements (产后即时避孕落实例数 and 住院分娩产妇数: the demo's catalogue file
 * already holds 产后避孕落实例数 and 分娩例数) and their rate as an indicator (a mistyped code is refused at the field first), puts both on a new monthly form and
 * assigns it to 乐清市妇幼保健院; the hospital files last month (18 of 20 women who gave birth); the
 * bureau approves it, and a program target on the new indicator and the dashboard show 90 %.
 *
 * <p>Everything it creates is its own (the codes below, the form, the program); the form is assigned to
 * the hospital, so it comes after the hospital's other forms and no other test reads it.
 */
class CatalogueToDashboardInBrowserIT extends EndToEndTest {

    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("yyyy/MM/dd");
    private static final String CONTRACEPTION = "产后即时避孕落实例数";
    private static final String DELIVERIES = "住院分娩产妇数";
    private static final String RATE = "产后即时避孕落实率";
    private static final String FORM = "产后避孕服务月报表";
    private static final String PROGRAM = "端到端产后避孕方案";
    private static final String HOSPITAL = "乐清市妇幼保健院";

    private final LocalDate lastMonth = LocalDate.now().withDayOfMonth(1).minusMonths(1);

    @Test
    void aNewIndicatorIsFiledApprovedAndShownOnTheDashboardAndInATarget() {
        Page coordinator = logIn("coordinator");
        addElements(coordinator);
        addIndicator(coordinator);
        addForm(coordinator);
        assignToTheHospital(coordinator);
        planTarget(coordinator);
        logOut(coordinator);

        Page hospital = logIn("mch.staff");
        link(hospital, "统计报表").click();
        Locator ownForm = hospital.locator("xpath=//h3[normalize-space()='" + FORM + "']/../following-sibling::vaadin-grid[1]");
        String period = lastMonth.getYear() + "年" + lastMonth.getMonthValue() + "月";
        // the period's own cell, not the due date of the month before ("2026年11月5日")
        ownForm.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(Pattern.compile("^" + period + "(\\s|$)")))
                .first().click();
        hospital.waitForURL(url -> url.contains("/reports/"));
        assertThat(hospital.getByText(FORM).first()).isVisible();
        assertThat(hospital.getByText(period, new Page.GetByTextOptions().setExact(true)).first()).isVisible();
        type(textbox(hospital, CONTRACEPTION), "18");
        type(textbox(hospital, DELIVERIES), "20");
        button(hospital, "上报").click();
        assertThat(hospital.getByText("报表已上报，等待卫健局审核")).isVisible();
        browser.screenshot(hospital, "60-catalogue-form-filed");
        logOut(hospital);

        coordinator = logIn("coordinator");
        link(coordinator, "统计报表").click();
        choose(coordinator.locator("body"), "报表", "产后避孕", FORM);
        // the filtered list replaces the rows shown before: a cell found earlier may be hidden by the time it is clicked
        settled(coordinator);
        coordinator.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(FORM).setVisible(true)).first().click();
        coordinator.waitForURL(url -> url.contains("/reports/"));
        assertThat(coordinator.getByText(HOSPITAL).first()).isVisible();
        button(coordinator, "审核通过").click();
        button(coordinator.getByRole(AriaRole.DIALOG), "审核通过").click();
        assertThat(coordinator.getByText("报表已审核通过")).isVisible();

        link(coordinator, "工作方案").click();
        coordinator.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(PROGRAM)).first().click();
        Locator target = targetCard(coordinator);
        assertThat(target).containsText("90 %");
        assertThat(target).containsText("目标 ≥ 85 %");
        assertThat(target).containsText("已完成");
        browser.screenshot(coordinator, "61-catalogue-target-reached");

        link(coordinator, "统计分析").click();
        choose(coordinator.locator("body"), "工作方案", "产后避孕", PROGRAM);
        assertThat(targetCard(coordinator)).containsText("90 %");
        choose(coordinator.locator("body"), "指标", "产后即时", RATE + " (%)");
        assertThat(coordinator.locator("svg.line-chart title")
                .filter(new Locator.FilterOptions().setHasText(lastMonth.toString().substring(0, 7) + "：90%（18 / 20）")).first()).isAttached();
        browser.screenshot(coordinator, "62-catalogue-dashboard-rate");
        logOut(coordinator);
    }

    /** The rate's two counts: the numerator is new; no element counts births in hospital yet, so the denominator is added too. */
    private void addElements(Page coordinator) {
        link(coordinator, "数据元").click();
        Locator search = textbox(coordinator, "搜索代码或名称");
        addElement(coordinator, "POSTPARTUM_IMMEDIATE", CONTRACEPTION, "Postpartum contraception provided");
        search.fill("POSTPARTUM_IMMEDIATE");
        assertThat(gridCell(coordinator, "POSTPARTUM_IMMEDIATE")).isVisible();

        search.fill("住院分娩");
        assertThat(coordinator.getByText("没有符合条件的记录")).isVisible();
        addElement(coordinator, "HOSPITAL_DELIVERIES", DELIVERIES, "Women who gave birth in hospital");
        assertThat(gridCell(coordinator, "HOSPITAL_DELIVERIES")).isVisible();
        browser.screenshot(coordinator, "63-catalogue-elements-added");
    }

    private static void addElement(Page page, String code, String name, String nameEn) {
        button(page, "新建数据元").click();
        Locator dialog = dialog(page, "新建数据元");
        textbox(dialog, "代码").fill(code);
        textbox(dialog, "中文名称").fill(name);
        textbox(dialog, "英文名称").fill(nameEn);
        textbox(dialog, "单位（中文）").fill(code.equals("HOSPITAL_DELIVERIES") ? "人" : "例");
        assertThat(select(dialog, "值类型")).containsText("整数");
        assertThat(select(dialog, "汇总方式")).containsText("求和（各期相加）");
        button(dialog, "保存").click();
        assertThat(page.getByText("已保存数据元“" + name + "”")).isVisible();
    }

    /** A mistyped code is refused at the field as it is typed; the corrected expression is accepted and saved. */
    private void addIndicator(Page coordinator) {
        link(coordinator, "指标").click();
        button(coordinator, "新建指标").click();
        Locator dialog = dialog(coordinator, "新建指标");
        textbox(dialog, "代码").fill("POSTPARTUM_IMMEDIATE_RATE");
        textbox(dialog, "中文名称").fill(RATE);
        textbox(dialog, "英文名称").fill("Postpartum contraception rate");
        Locator numerator = textbox(dialog, "分子");
        numerator.fill("#{POSTPARTUM_IMEDIATE}");
        Locator refused = dialog.locator("vaadin-text-field:has(> label:text-is('分子'))");
        assertThat(refused).containsText("没有代码为“POSTPARTUM_IMEDIATE”的数据元");
        browser.screenshot(coordinator, "64-catalogue-expression-refused");
        numerator.fill("#{POSTPARTUM_IMMEDIATE}");
        assertThat(refused).not().containsText("没有代码为");
        textbox(dialog, "分母").fill("#{HOSPITAL_DELIVERIES}");
        select(dialog, "系数").click();
        coordinator.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("%（百分率）").setExact(true)).click();
        assertThat(dialog.locator("vaadin-text-field[invalid]")).hasCount(0);
        button(dialog, "保存").click();
        assertThat(coordinator.getByText("已保存指标“" + RATE + "”")).isVisible();
        textbox(coordinator, "搜索代码或名称").fill("POSTPARTUM_IMMEDIATE");
        assertThat(gridCell(coordinator, RATE)).isVisible();
        browser.screenshot(coordinator, "65-catalogue-indicator-saved");
    }

    private void addForm(Page coordinator) {
        link(coordinator, "报表维护").click();
        button(coordinator, "新建报表").click();
        Locator dialog = dialog(coordinator, "新建报表");
        textbox(dialog, "代码").fill("POSTPARTUM_IMMEDIATE_MONTHLY");
        textbox(dialog, "中文名称").fill(FORM);
        textbox(dialog, "英文名称").fill("Postpartum contraception (monthly)");
        assertThat(select(dialog, "报告期类型")).containsText("月报");
        for (String row : new String[] {"POSTPARTUM_IMMEDIATE · " + CONTRACEPTION, "HOSPITAL_DELIVERIES · " + DELIVERIES}) {
            choose(dialog, "添加数据元", row.substring(0, row.indexOf(' ')), row);
            button(dialog, "添加").click();
            assertThat(dialog.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(row))).isVisible();
        }
        button(dialog, "保存").click();
        assertThat(coordinator.getByText("报表“" + FORM + "”已保存")).isVisible();
        assertThat(gridCell(coordinator, FORM)).isVisible();
        browser.screenshot(coordinator, "66-catalogue-form-saved");
    }

    /** From the forms page's link to the reports page's assignment tab. */
    private void assignToTheHospital(Page coordinator) {
        coordinator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("设置哪些机构填报（统计报送 → 报表分配）")).click();
        coordinator.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("报表分配")).click();
        Locator panel = coordinator.getByRole(AriaRole.TABPANEL, new Page.GetByRoleOptions().setName("报表分配"));
        choose(panel, "报表", "产后避孕", FORM);
        assertThat(panel.getByText("尚未分配填报单位")).isVisible();
        choose(panel, "选择单位", "妇幼", HOSPITAL + " (YQ-MCH)");
        button(panel, "添加").click();
        assertThat(coordinator.getByText("已更新“" + FORM + "”的填报单位")).isVisible();
        assertThat(panel.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(HOSPITAL).setVisible(true)).first())
                .isVisible();
        browser.screenshot(coordinator, "67-catalogue-form-assigned");
    }

    /** A program of the bureau's area with a target on the new rate: no approved report yet, so no data. */
    private void planTarget(Page coordinator) {
        link(coordinator, "工作方案").click();
        button(coordinator, "新建方案").click();
        Locator programDialog = dialog(coordinator, "新建方案");
        textbox(programDialog, "方案名称").fill(PROGRAM);
        date(programDialog, "开始日期", lastMonth);
        date(programDialog, "结束日期", LocalDate.now().plusDays(300));
        button(programDialog, "保存").click();
        assertThat(coordinator.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(PROGRAM))).isVisible();

        button(coordinator, "添加目标").click();
        Locator dialog = dialog(coordinator, "添加目标");
        choose(dialog, "计算方式", "机构报表", "机构报表指标");
        choose(dialog, "报表指标", "产后即时", RATE + " (%)");
        assertThat(textbox(dialog, "目标名称")).hasValue(RATE);
        assertThat(textbox(dialog, "单位")).hasValue("%");
        textbox(dialog, "目标值").fill("85");
        button(dialog, "保存").click();
        assertThat(coordinator.getByText("已保存目标“" + RATE + "”")).isVisible();
        assertThat(targetCard(coordinator)).containsText("暂无数据");
    }

    private static Locator targetCard(Page page) {
        Locator card = page.locator(".target-progress").filter(new Locator.FilterOptions().setHasText(RATE));
        assertThat(card).isVisible();
        return card;
    }

    /** Waits until the page has no round trip to the server under way and no grid is fetching rows, twice in a row. */
    private static void settled(Page page) {
        for (int i = 0; i < 2; i++) {
            page.waitForFunction("""
                    () => {
                        const clients = Object.values(window.Vaadin?.Flow?.clients ?? {});
                        return clients.length > 0 && clients.every(c => !c.isActive || !c.isActive())
                                && !document.querySelector('vaadin-grid[loading]');
                    }""");
            page.waitForTimeout(50);
        }
    }

    private static Locator gridCell(Page page, String text) {
        return page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(text)).first();
    }

    /** A vaadin-select by its label (the label is in its light DOM). */
    private static Locator select(Locator scope, String label) {
        return scope.locator("vaadin-select:has(> label:text-is('" + label + "'))");
    }

    private static void type(Locator box, String value) {
        box.fill(value);
        box.press("Tab");
    }

    private static void choose(Locator scope, String field, String typed, String option) {
        Locator box = scope.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName(field).setExact(true));
        box.click();
        box.fill(typed);
        scope.page().getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option).setExact(true)).click();
    }

    private static void date(Locator dialog, String field, LocalDate value) {
        Locator input = dialog.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName(field).setExact(true));
        input.fill(TYPED.format(value));
        input.press("Enter");
    }
}
