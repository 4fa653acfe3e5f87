package com.programdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.programdesk.testsupport.Browser;
import com.programdesk.testsupport.EndToEndTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

/**
 * Nobody chases anyone through WeChat: the bureau assigns a task to two hospitals, one submits with
 * a file, the bureau returns it with a reason, the hospital reads the reason, resubmits, and it is accepted.
 */
class TaskReturnedAndAcceptedInBrowserIT extends EndToEndTest {

    private static final String TASK = "上报流产后避孕服务月报";

    @Test
    void aTaskIsSubmittedWithAFileReturnedWithAReasonResubmittedAndAccepted() throws IOException {
        Page bureau = browser.newUser();
        Browser.logIn(bureau, app, "coordinator");
        link(bureau, "任务清单").click();
        button(bureau, "分派任务").click();
        Locator assign = dialog(bureau, "分派任务");
        textbox(assign, "任务名称").fill(TASK);
        pick(assign, "所属方案", "年度", null);
        pick(assign, "牵头机构（可多选）", "妇幼", "乐清市妇幼保健院 (YQ-MCH)");
        pick(assign, "牵头机构（可多选）", "第二", "乐清市第二人民医院 (YQ-H2)");
        Locator due = assign.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("截止日期").setExact(true));
        due.fill(DateTimeFormatter.ofPattern("yyyy/MM/dd").format(LocalDate.now().plusDays(10)));
        due.press("Enter");
        button(assign, "分派任务").click();
        assertThat(bureau.getByText("0/2 家已验收 · 0 家逾期")).isVisible();
        bureau.context().close();

        Page hospital = browser.newUser();
        Browser.logIn(hospital, app, "mch.staff");
        link(hospital, "我的任务").click();
        hospital.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(TASK)).click();
        hospital.locator("vaadin-upload input[type=file]").setInputFiles(pdf());
        assertThat(hospital.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("月报.pdf"))).isVisible();
        submit(hospital, "已上报，见附件");
        browser.screenshot(hospital, "20-task-submitted");

        Page coordinator = browser.newUser();
        Browser.logIn(coordinator, app, "coordinator");
        openTaskOf(coordinator);
        button(coordinator, "退回").click();
        Locator returning = dialog(coordinator, "退回");
        returning.getByLabel("退回原因").fill("缺少重复流产数，请补充");
        button(returning, "退回").click();
        assertThat(coordinator.getByText("已退回").first()).isVisible();

        hospital.reload();
        assertThat(hospital.getByText("缺少重复流产数，请补充")).isVisible();
        browser.screenshot(hospital, "21-task-returned-reason");
        submit(hospital, "已补充重复流产数");

        coordinator.reload();
        button(coordinator, "验收通过").click();
        button(dialog(coordinator, "验收通过"), "验收通过").click();
        assertThat(coordinator.getByText("已验收").first()).isVisible();
        browser.screenshot(coordinator, "22-task-accepted");
        hospital.context().close();
        coordinator.context().close();
    }

    private static void submit(Page page, String note) {
        button(page, "提交验收").click();
        Locator dialog = dialog(page, "提交验收");
        dialog.getByLabel("说明（可选）").fill(note);
        button(dialog, "提交验收").click();
        assertThat(page.getByText("已提交").first()).isVisible();
    }

    private static void openTaskOf(Page page) {
        link(page, "任务清单").click();
        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(TASK)).click();
        // wait for the group page, or the list's other 市妇保院 rows could be clicked instead
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(TASK))).isVisible();
        assertThat(page.getByText("家已验收")).isVisible();
        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("市妇保院")).click();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("退回").setExact(true))).isVisible();
    }

    private static void pick(Locator dialog, String field, String typed, String option) {
        Locator box = dialog.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName(field).setExact(true));
        box.click();
        box.fill(typed);
        Locator choice = option == null
                ? dialog.page().getByRole(AriaRole.OPTION).first()
                : dialog.page().getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions().setHasText(option));
        choice.click();
        if (option != null) {
            box.press("Escape"); // a multi-select keeps its list open; Escape closes only the list here
        }
    }

    private static Path pdf() throws IOException {
        Path folder = Files.createTempDirectory("upload");
        Path file = folder.resolve("月报.pdf");
        Files.write(file, "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        return file;
    }
}
