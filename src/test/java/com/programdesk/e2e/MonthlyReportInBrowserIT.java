package com.programdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.programdesk.testsupport.EndToEndTest;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Paperless statistics (信息统计无纸化报送) in a real browser: the MCH hospital files last month's
 * early-pregnancy report (a mistake is caught at its row first); the bureau returns it with a reason;
 * the hospital corrects and resubmits; the bureau approves it, and the repeat abortion rate target
 * on the statistics dashboard now counts the hospital's month.
 */
class MonthlyReportInBrowserIT extends EndToEndTest {

    private static final String RETURN_REASON = "重复流产例数与区域早孕关爱管理系统不一致，请核对后重新上报";
    private static final String TARGET = "重复流产率";

    private final LocalDate lastMonth = LocalDate.now().withDayOfMonth(1).minusMonths(1);
    private final String period = lastMonth.getYear() + "年" + lastMonth.getMonthValue() + "月";

    @Test
    void aMonthIsReturnedCorrectedApprovedAndCountedInTheTarget() {
        Page coordinator = logIn("coordinator");
        String targetBefore = repeatAbortionTarget(coordinator);
        logOut(coordinator);

        Page hospital = logIn("mch.staff");
        link(hospital, "统计报表").click();
        hospital.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(period)).first().click();
        hospital.waitForURL(url -> url.contains("/reports/"));
        fill(hospital, month(190));
        button(hospital, "上报").click();
        assertThat(hospital.getByText("重复流产例数不能大于人工流产例数")).isVisible();
        browser.screenshot(hospital, "40-report-repeat-above-induced");
        fill(hospital, Map.of("重复流产例数", "3"));
        button(hospital, "上报").click();
        assertThat(hospital.getByText("报表已上报，等待卫健局审核")).isVisible();
        logOut(hospital);

        coordinator = logIn("coordinator");
        openSubmittedReport(coordinator);
        button(coordinator, "退回").click();
        Locator returnDialog = coordinator.getByRole(AriaRole.DIALOG);
        button(returnDialog, "退回").click();
        assertThat(returnDialog.getByText("此项为必填项")).isVisible();
        returnDialog.getByRole(AriaRole.TEXTBOX).fill(RETURN_REASON);
        button(returnDialog, "退回").click();
        assertThat(coordinator.getByText("报表已退回，已通知填报单位")).isVisible();
        logOut(coordinator);

        hospital = logIn("mch.staff");
        link(hospital, "统计报表").click();
        hospital.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(period)).first().click();
        hospital.waitForURL(url -> url.contains("/reports/"));
        assertThat(hospital.getByText(RETURN_REASON).first()).isVisible();
        fill(hospital, Map.of("重复流产例数", "1"));
        button(hospital, "上报").click();
        assertThat(hospital.getByText("报表已上报，等待卫健局审核")).isVisible();
        browser.screenshot(hospital, "41-report-resubmitted");
        logOut(hospital);

        coordinator = logIn("coordinator");
        openSubmittedReport(coordinator);
        button(coordinator, "审核通过").click();
        button(coordinator.getByRole(AriaRole.DIALOG), "审核通过").click();
        assertThat(coordinator.getByText("报表已审核通过")).isVisible();
        browser.screenshot(coordinator, "42-report-approved");
        String targetAfter = repeatAbortionTarget(coordinator);
        assertThat(targetAfter).isNotEqualTo(targetBefore);
        browser.screenshot(coordinator, "43-report-target-moved");
        logOut(coordinator);
    }

    /** The text of the current plan's repeat abortion rate target, as the dashboard shows it. */
    private String repeatAbortionTarget(Page page) {
        link(page, "统计分析").click();
        Locator card = page.locator(".target-progress").filter(new Locator.FilterOptions().setHasText(TARGET));
        assertThat(card).isVisible();
        return card.innerText();
    }

    private void openSubmittedReport(Page coordinator) {
        link(coordinator, "统计报表").click();
        Locator form = coordinator.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("报表").setExact(true));
        form.click();
        form.fill("早孕");
        coordinator.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("早孕关爱服务月报表").setExact(true)).click();
        coordinator.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("乐清市妇幼保健院")).first().click();
        coordinator.waitForURL(url -> url.contains("/reports/"));
        assertThat(coordinator.getByText("早孕关爱服务月报表").first()).isVisible();
    }

    private static void fill(Page page, Map<String, String> values) {
        values.forEach((row, value) -> {
            Locator box = textbox(page, row);
            box.fill(value);
            box.press("Tab");
        });
    }

    /** A month near the hospital's usual figures, so no value jumps to three times last month. */
    private static Map<String, String> month(int repeat) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("早孕门诊就诊人次", "740");
        values.put("继续妊娠路径", "440");
        values.put("异常早孕路径", "80");
        values.put("意向终止妊娠路径", "220");
        values.put("绿色（低风险）", "428");
        values.put("黄色（一般风险）", "184");
        values.put("橙色（较高风险）", "68");
        values.put("红色（高风险）", "24");
        values.put("紫色（传染病）", "0");
        values.put("人工流产例数", "188");
        values.put("重复流产例数", String.valueOf(repeat));
        values.put("流产后避孕咨询人次", "200");
        values.put("流产后落实长效避孕例数", "100");
        values.put("转诊妇幼保健院例数", "0");
        values.put("随访结案数", "36");
        return values;
    }
}
