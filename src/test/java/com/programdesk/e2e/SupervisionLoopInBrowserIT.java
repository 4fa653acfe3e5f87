package com.programdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.programdesk.testsupport.EndToEndTest;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The supervision correction loop (闭环管理) in a real browser: the bureau plans a round, visits the
 * hospital and records a finding; the hospital corrects it with a photo; the bureau returns it with a
 * reason; the hospital corrects again; the bureau looks at the evidence and closes it; the round's
 * report shows the hospital's findings all closed and prints as a PDF.
 */
class SupervisionLoopInBrowserIT extends EndToEndTest {

    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("yyyy/MM/dd");
    private static final String ROUND = "端到端督导：人员培训专项检查";
    private static final String HOSPITAL = "乐清市妇幼保健院";
    private static final String ITEM = "医护人员避孕节育技术培训记录齐全";
    private static final String ITEM_NOTE = "端到端检查：本年度培训签到表缺失";
    private static final String RETURN_REASON = "签到表照片看不清参训人员姓名，请重新拍摄并补充考核结果";

    private final LocalDate today = LocalDate.now();

    @Test
    void aFindingIsCorrectedReturnedCorrectedAgainClosedAndCountedInTheRoundReport() throws IOException {
        Page coordinator = logIn("coordinator");
        String roundUrl = planRoundOfTheHospital(coordinator);
        recordNonCompliantItem(coordinator);
        String findingUrl = recordFindingFromTheItem(coordinator);
        logOut(coordinator);

        Page hospital = logIn("mch.staff");
        openFindingFromCorrectionTasks(hospital);
        submitCorrection(hospital, "已补办年度避孕节育技术培训，留存签到表", photo("培训签到表.png"));
        browser.screenshot(hospital, "32-supervision-correction-submitted");
        logOut(hospital);

        coordinator = logIn("coordinator");
        coordinator.navigate(findingUrl);
        returnWithoutAndThenWithAReason(coordinator);
        logOut(coordinator);

        hospital = logIn("mch.staff");
        openFindingFromCorrectionTasks(hospital);
        assertThat(hospital.getByText("已退回 1 次")).isVisible();
        assertThat(hospital.getByText(RETURN_REASON).first()).isVisible();
        submitCorrection(hospital, "重新拍摄签到表，补充培训考核成绩单", photo("签到表与考核成绩.png"));
        logOut(hospital);

        coordinator = logIn("coordinator");
        coordinator.navigate(findingUrl);
        verifyAfterOpeningTheEvidence(coordinator, "签到表与考核成绩.png");
        coordinator.navigate(roundUrl);
        downloadReportOfClosedFindings(coordinator);
        logOut(coordinator);
    }

    private String planRoundOfTheHospital(Page page) {
        link(page, "督导检查").click();
        button(page, "新建督导").click();
        Locator dialog = dialog(page, "新建督导");
        textbox(dialog, "督导名称").fill(ROUND);
        pick(dialog, "所属方案", "年度", currentYearPlan(), false);
        date(dialog, "开始日期", latest(planStart(), today.minusDays(7)));
        date(dialog, "结束日期", earliest(planStart().plusYears(1).minusDays(1), today.plusDays(30)));
        pick(dialog, "被督导单位", "妇幼", HOSPITAL + " (YQ-MCH)", true);
        pick(dialog, "督导人员", "王协调", "王协调", true);
        browser.screenshot(page, "30-supervision-round-planned");
        button(dialog, "保存").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(ROUND))).isVisible();
        page.waitForURL(url -> url.matches(".*/supervision/\\d+$"));
        return page.url();
    }

    private void recordNonCompliantItem(Page page) {
        assertThat(page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("现场检查"))).isVisible();
        button(page, "开始检查").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(HOSPITAL + " · 现场检查"))).isVisible();
        Locator item = checklistItem(page);
        item.getByText("不符合", new Locator.GetByTextOptions().setExact(true)).click();
        textbox(item, "情况说明").fill(ITEM_NOTE);
        button(page, "保存检查结果").click();
        assertThat(page.getByText("检查结果已保存")).isVisible();
        browser.screenshot(page, "31-supervision-visit-checklist");
    }

    private String recordFindingFromTheItem(Page page) {
        button(checklistItem(page), "记为问题").click();
        Locator dialog = dialog(page, "新增问题");
        assertThat(textbox(dialog, "问题描述")).hasValue(ITEM + "：" + ITEM_NOTE);
        textbox(dialog, "整改要求").fill("一个月内补办培训并留存签到表和考核结果");
        button(dialog, "保存").click();
        assertThat(page.getByText("问题已记录，已通知被督导单位")).isVisible();
        findingRow(page).click();
        page.waitForURL(url -> url.matches(".*/findings/\\d+$"));
        assertThat(page.getByText("待整改").first()).isVisible();
        return page.url();
    }

    private void openFindingFromCorrectionTasks(Page page) {
        link(page, "整改任务").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("整改任务"))).isVisible();
        findingRow(page).click();
        page.waitForURL(url -> url.matches(".*/findings/\\d+$"));
    }

    private void submitCorrection(Page page, String measures, Path photo) {
        page.getByLabel("整改措施").fill(measures);
        date(page.locator(".correction-form"), "整改完成日期", today);
        page.locator(".correction-form vaadin-upload input[type=file]").setInputFiles(photo);
        assertThat(page.locator(".correction-form .attachment-row").filter(
                new Locator.FilterOptions().setHasText(photo.getFileName().toString()))).isVisible();
        // named once, in the form's list: the upload's own file list is emptied
        assertThat(page.locator(".correction-form vaadin-upload-file")).hasCount(0);
        button(page, "提交整改").click();
        assertThat(page.getByText("整改已提交，等待卫健局审核")).isVisible();
        assertThat(page.getByText("待审核").first()).isVisible();
    }

    private void returnWithoutAndThenWithAReason(Page page) {
        button(page, "审核整改").click();
        Locator review = dialog(page, "审核整改");
        button(review, "退回重新整改").click();
        assertThat(review.getByText("此项为必填项")).isVisible();
        browser.screenshot(page, "33-supervision-return-needs-reason");
        textbox(review, "审核意见 / 退回原因").fill(RETURN_REASON);
        button(review, "退回重新整改").click();
        assertThat(review).hasCount(0);
        assertThat(page.getByText("已退回 1 次")).isVisible();
        assertThat(page.getByText(RETURN_REASON).first()).isVisible();
    }

    private void verifyAfterOpeningTheEvidence(Page page, String evidence) {
        button(page, "审核整改").click();
        Locator review = dialog(page, "审核整改");
        button(review, "审核通过，销号").click();
        assertThat(review.getByText("请先打开查看至少一份佐证材料")).isVisible();
        browser.screenshot(page, "34-supervision-evidence-not-opened");
        Download opened = page.waitForDownload(() -> review.getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName(evidence).setExact(true)).click());
        assertThat(opened.suggestedFilename()).isEqualTo(evidence);
        button(review, "审核通过，销号").click();
        assertThat(review).hasCount(0);
        assertThat(page.getByText("已销号").first()).isVisible();
        browser.screenshot(page, "35-supervision-finding-closed");
    }

    private void downloadReportOfClosedFindings(Page page) throws IOException {
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("督导报告")).click();
        Locator report = page.getByRole(AriaRole.TABPANEL, new Page.GetByRoleOptions().setName("督导报告"));
        assertThat(cell(report, HOSPITAL, "销号率（%）")).hasAccessibleName("100.0%");
        browser.screenshot(page, "36-supervision-round-report");
        Download pdf = page.waitForDownload(() -> link(page, "下载 PDF（A4 打印）").click());
        Path saved = Path.of("target", "screenshots", "supervision-report.pdf");
        pdf.saveAs(saved);
        byte[] content = Files.readAllBytes(saved);
        assertThat(new String(content, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        assertThat(content.length).isGreaterThan(5_000);
        try (PDDocument document = Loader.loadPDF(content)) {
            assertThat(new PDFTextStripper().getText(document)).contains(HOSPITAL, "100.0");
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 100), "png",
                    Path.of("target", "screenshots", "37-supervision-report-pdf.png").toFile());
        }
    }

    private static Locator checklistItem(Page page) {
        return page.locator(".checklist-item").filter(new Locator.FilterOptions().setHasText(ITEM));
    }

    private static Locator findingRow(Page page) {
        return page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(ITEM_NOTE));
    }

    /** Grid rows and cells live in the grid's shadow DOM; their accessible names are the slotted texts. */
    private static Locator cell(Locator grid, String rowTitle, String columnHeader) {
        int column = (int) grid.getByRole(AriaRole.COLUMNHEADER, new Locator.GetByRoleOptions().setName(columnHeader).setExact(true))
                .evaluate("header => header.cellIndex");
        return grid.getByRole(AriaRole.ROW, new Locator.GetByRoleOptions().setName(Pattern.compile("^" + rowTitle + " ")))
                .getByRole(AriaRole.GRIDCELL).nth(column);
    }

    private static void pick(Locator dialog, String field, String typed, String option, boolean multiSelect) {
        Locator box = dialog.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName(field).setExact(true));
        box.click();
        box.fill(typed);
        dialog.page().getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions().setHasText(option)).click();
        if (multiSelect) {
            box.press("Escape"); // a multi-select keeps its list open; Escape closes only the list here
        }
    }

    private static void date(Locator scope, String field, LocalDate value) {
        Locator input = scope.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName(field).setExact(true));
        input.fill(TYPED.format(value));
        input.press("Enter");
    }

    /** The demo's plan for the work year (September to August) that contains today. */
    private String currentYearPlan() {
        return planStart().getYear() + "—" + (planStart().getYear() + 1) + " 年度生殖健康促进工作计划";
    }

    private LocalDate planStart() {
        return LocalDate.of(today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1, 9, 1);
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static Path photo(String name) throws IOException {
        BufferedImage image = new BufferedImage(160, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xDDEBEC));
        g.fillRect(0, 0, 160, 100);
        g.setColor(new Color(0x1A7F86));
        g.fillRect(20, 20, 120, 60);
        g.dispose();
        Path file = Files.createTempDirectory("evidence").resolve(name);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }
}
