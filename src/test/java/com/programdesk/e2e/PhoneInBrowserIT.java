package com.programdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import com.programdesk.testsupport.EndToEndTest;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Issue 21 on a phone (375 × 812, touch, two device pixels per CSS pixel; one step at 414 × 896): the township health
 * centre follows the notification of a new task, finds it under 我的任务 and reports progress with a photo from the
 * camera, submits a finding's correction with a photo and types, saves and submits a monthly report; a branch of the
 * association logs a member event; a trainee signs in without an account, twice, and a forged code is refused. At every
 * step the page needs no horizontal scrolling and the buttons the step needs lie inside the screen, tapped as a finger would.
 *
 * <p>Rows of its own: a task named {@link #TASK} for 虹桥镇卫生院 (which no other test logs in as), the centre's
 * demo finding on the 2024 round and its early-pregnancy report for March 2020, 南塘镇计生协's event {@link #EVENT}, and a
 * session added today to the demo training.
 */
class PhoneInBrowserIT extends EndToEndTest {

    private final List<String> misfits = new java.util.ArrayList<>();
    private String trainingUrl;
    private String sessionStart;

    @org.junit.jupiter.api.BeforeEach
    void forgetMisfits() {
        misfits.clear();
    }

    private static final int WIDTH = 375;
    private static final int HEIGHT = 812;
    private static final String CENTRE = "乐清市虹桥镇中心卫生院";
    private static final String TASK = "手机端：药具发放点登记本整改进展";
    private static final String EVENT = "南塘镇会员入户健康随访（手机登记）";
    private static final String TRAINING = "人流后避孕服务宣教员培训";
    private static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");
    private static final DateTimeFormatter TYPED_TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Test
    void theCentreFollowsTheNotificationOfANewTaskAndReportsProgressWithAPhoto() throws IOException {
        assignTaskToTheCentre();

        Page phone = phoneLogIn("hongqiao.staff");
        fitsThePhone(phone, "home");
        browser.phoneScreenshot(phone, "p01-phone-home");
        assertThat(phone.locator("vaadin-app-layout")).not().hasAttribute("drawer-opened", "");
        Locator bell = phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^通知（[1-9]\\d* 条未读）$")));
        tappable(phone, bell).tap();
        phone.waitForURL(url -> url.endsWith("/notifications"));
        Locator notice = phone.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(TASK));
        assertThat(notice).isVisible();
        fitsThePhone(phone, "notifications");
        browser.phoneScreenshot(phone, "p02-phone-notifications");
        notice.tap();
        phone.waitForURL(url -> url.matches(".*/tasks/\\d+$"));
        assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(TASK))).isVisible();
        String taskUrl = phone.url();

        menu(phone, "我的任务");
        fitsThePhone(phone, "my tasks");
        browser.phoneScreenshot(phone, "p03-phone-my-tasks");
        phone.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(TASK)).first().tap();
        phone.waitForURL(url -> url.equals(taskUrl));
        fitsThePhone(phone, "task");

        Locator input = phone.locator("vaadin-upload input[type=file]");
        assertThat(input).hasAttribute("accept", Pattern.compile("(^|,)image/\\*(,|$)"));
        input.setInputFiles(photo("发放点登记本.jpg", new Color(0xE3F2FD)));
        assertThat(phone.locator(".attachment-row").filter(new Locator.FilterOptions().setHasText("发放点登记本.jpg"))).isVisible();
        fitsThePhone(phone, "task with its photo");

        tappable(phone, button(phone, "更新进度")).tap();
        Locator dialog = dialog(phone, "更新进度");
        dialog.getByLabel("进度").fill("40");
        dialog.getByLabel("本次进展").fill("已补齐 3 月以来的领取人签字，照片见附件。");
        fitsThePhone(phone, "progress dialog");
        tappable(phone, button(dialog, "更新进度")).tap();
        assertThat(phone.getByText("进度已更新为 40%，完成后请提交验收")).isVisible();
        assertThat(phone.getByText("已补齐 3 月以来的领取人签字，照片见附件。").first()).isVisible();
        fitsThePhone(phone, "task with its progress");
        browser.phoneScreenshot(phone, "p04-phone-task-progress");
        phone.context().close();
        everyStepFitted();
    }

    @Test
    void theCentreSubmitsTheCorrectionOfAFindingWithAPhoto() throws IOException {
        Page phone = phoneLogIn("hongqiao.staff");
        menu(phone, "整改任务");
        assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("整改任务"))).isVisible();
        fitsThePhone(phone, "correction tasks");
        phone.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("2024年3-4月基本避孕服务项目督导")).first().tap();
        phone.waitForURL(url -> url.matches(".*/findings/\\d+$"));
        fitsThePhone(phone, "finding");

        phone.getByLabel("整改措施").fill("登记本已按规范补齐领取人签字，并指定专人每周核对。");
        // a date picker on a phone opens its calendar full screen; the date typed is taken as well
        Locator completed = phone.locator(".correction-form vaadin-date-picker").filter(new Locator.FilterOptions().setHasText("整改完成日期"))
                .locator("input");
        browser.phoneScreenshot(phone, "p05a-phone-finding");
        completed.fill(TYPED_DATE.format(LocalDate.now()));
        completed.press("Enter");
        if (phone.locator("vaadin-date-picker-overlay[opened]").count() > 0) {
            phone.keyboard().press("Escape");
        }
        Locator input = phone.locator(".correction-form vaadin-upload input[type=file]");
        assertThat(input).hasAttribute("accept", Pattern.compile("(^|,)image/\\*(,|$)"));
        input.setInputFiles(photo("登记本签字.jpg", new Color(0xFFF3E0)));
        assertThat(phone.locator(".correction-form .attachment-row").filter(
                new Locator.FilterOptions().setHasText("登记本签字.jpg"))).isVisible();
        fitsThePhone(phone, "correction with its photo");
        browser.phoneScreenshot(phone, "p05-phone-correction");
        tappable(phone, button(phone, "提交整改")).tap();
        assertThat(phone.getByText("整改已提交，等待卫健局审核")).isVisible();
        assertThat(phone.getByText("待审核").first()).isVisible();
        fitsThePhone(phone, "correction submitted");
        phone.context().close();
        everyStepFitted();
    }

    @Test
    void aBranchLogsAMemberEvent() {
        Page phone = phoneLogIn("nantang.branch");
        menu(phone, "会员活动");
        assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("会员活动"))).isVisible();
        fitsThePhone(phone, "member events");
        tappable(phone, button(phone, "登记活动")).tap();
        Locator dialog = dialog(phone, "登记活动");
        assertThat(dialog.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("举办单位").setExact(true)))
                .hasValue("乐清市南塘镇计划生育协会");
        textbox(dialog, "活动名称").fill(EVENT);
        Locator type = dialog.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("活动类型").setExact(true));
        if (type.count() > 0) {
            type.click();
            phone.getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions().setHasText("入户")).first().click();
        }
        dialog.getByLabel("参加会员（人）").fill("12");
        dialog.getByLabel("其他参加人员（人）").fill("3");
        fitsThePhone(phone, "member event dialog");
        browser.phoneScreenshot(phone, "p06-phone-member-event");
        tappable(phone, button(dialog, "保存")).tap();
        assertThat(phone.getByText("已保存活动“" + EVENT + "”")).isVisible();
        assertThat(phone.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(EVENT)).first()).isVisible();
        fitsThePhone(phone, "member event logged");
        phone.context().close();
        everyStepFitted();
    }

    @Test
    void theCentreTypesSavesAndSubmitsAMonthlyReport() {
        Page phone = phoneLogIn("hongqiao.staff");
        menu(phone, "统计报表");
        fitsThePhone(phone, "reports");
        Locator form = phone.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("报表").setExact(true));
        form.click();
        form.fill("早孕");
        phone.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("早孕关爱服务月报表").setExact(true)).click();
        choose(phone, "年份", "2020年");
        choose(phone, "月份", "3月");
        tappable(phone, button(phone, "打开该期间")).tap();
        phone.waitForURL(url -> url.contains("/reports/"));
        assertThat(phone.getByText("早孕关爱服务月报表").first()).isVisible();
        fitsThePhone(phone, "report entry");

        Map<String, String> values = month();
        values.forEach((row, value) -> {
            Locator box = textbox(phone, row);
            box.scrollIntoViewIfNeeded();
            box.fill(value);
            box.press("Tab");
        });
        fitsThePhone(phone, "report typed");
        tappable(phone, button(phone, "保存草稿")).tap();
        assertThat(phone.getByText("草稿已保存")).isVisible();
        browser.phoneScreenshot(phone, "p07-phone-report-entry");
        tappable(phone, button(phone, "上报")).tap();
        assertThat(phone.getByText("报表已上报，等待卫健局审核")).isVisible();
        fitsThePhone(phone, "report submitted");
        phone.context().close();
        everyStepFitted();
    }

    @Test
    void aTraineeSignsInWithoutAnAccountOnceAndAgainAndAForgedCodeIsRefused() {
        String signInPath = openSessionAndShowItsCode();

        Page forged = browser.newPhone(WIDTH, HEIGHT);
        forged.navigate(app.url("/sign-in/forged-code-0123456789"));
        assertThat(forged.getByText("签到二维码无效或已失效，请扫描现场最新显示的二维码。")).isVisible();
        assertThat(forged).not().hasURL(Pattern.compile("/login"));
        fitsThePhone(forged, "forged code");
        forged.context().close();

        Page phone = browser.newPhone(WIDTH, HEIGHT);
        phone.navigate(app.url(signInPath));
        assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(TRAINING))).isVisible();
        signIn(phone);
        browser.phoneScreenshot(phone, "p08-phone-sign-in");
        tappable(phone, button(phone, "签到")).tap();
        assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("签到成功"))).isVisible();
        assertThat(phone.locator(".sign-in-done")).containsText("黄美玲，您已于");
        fitsThePhone(phone, "signed in");
        browser.phoneScreenshot(phone, "p09-phone-signed-in");
        phone.context().close();

        Page larger = browser.newPhone(414, 896);
        larger.navigate(app.url(signInPath));
        signIn(larger);
        tappable(larger, button(larger, "签到")).tap();
        assertThat(larger.locator(".sign-in-done")).containsText("无需重复签到");
        fitsThePhone(larger, "signed in again at 414 px");
        browser.phoneScreenshot(larger, "p10-phone-signed-in-again-414");
        larger.context().close();

        Page organiser = logIn("coordinator");
        organiser.navigate(trainingUrl);
        organiser.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("场次与签到")).click();
        organiser.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(sessionStart)).first().click();
        Locator line = organiser.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName(Pattern.compile("^黄美玲 ")));
        assertThat(line).hasAccessibleName(Pattern.compile("重复签到 1 次"));
        organiser.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("重复签到 1 次")).scrollIntoViewIfNeeded();
        browser.screenshot(organiser, "p22-training-sign-in-sheet");
        organiser.context().close();
        everyStepFitted();
    }

    /** Not a phone step: issue 21's desktop pages as the README shows them (departments, the task table by department, expert comments). */
    @Test
    void issue21sDesktopPagesForTheReadme() {
        Page township = logIn("qixian.staff");
        link(township, "本机构科室").click();
        assertThat(township.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("本机构科室"))).isVisible();
        browser.screenshot(township, "p30-departments");
        township.context().close();

        Page district = logIn("keqiao.coordinator");
        link(district, "任务分解表").click();
        district.getByText("按科室分组").click();
        assertThat(district.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("任务分解表")).first()).isVisible();
        browser.screenshot(district, "p31-task-table-by-department");
        district.context().close();

        Page expert = logIn("viewer");
        link(expert, "工作方案").click();
        expert.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("乐清市生殖健康促进创新试点工作方案")).first().click();
        expert.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("专家意见")).click();
        assertThat(expert.getByText("试点方案中“流产后关爱”可增加对青少年的专门咨询内容。")).isVisible();
        browser.screenshot(expert, "p33-expert-comments");
        expert.context().close();
    }

    // ---- steps ----

    private void assignTaskToTheCentre() {
        Page bureau = logIn("coordinator");
        link(bureau, "任务清单").click();
        button(bureau, "分派任务").click();
        Locator assign = dialog(bureau, "分派任务");
        textbox(assign, "任务名称").fill(TASK);
        pick(assign, "所属方案", "年度", null);
        pick(assign, "牵头机构（可多选）", "虹桥", CENTRE + " (YQ-HQ-HC)");
        Locator due = assign.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("截止日期").setExact(true));
        due.fill(TYPED_DATE.format(LocalDate.now().plusDays(14)));
        due.press("Enter");
        button(assign, "分派任务").click();
        assertThat(bureau.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(TASK))).isVisible();
        bureau.context().close();
    }

    /** The organiser adds a session starting in ten minutes to the demo training and shows its code; returns the code's path. */
    private String openSessionAndShowItsCode() {
        Page organiser = logIn("coordinator");
        organiser.navigate(app.url("/trainings"));
        organiser.locator("vaadin-select").last().click();
        organiser.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("2024").setExact(true)).click();
        organiser.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(TRAINING)).first().click();
        organiser.waitForURL(url -> url.matches(".*/training/\\d+$"));
        trainingUrl = organiser.url();
        assertThat(organiser.getByText("黄美玲").first()).isVisible();
        browser.screenshot(organiser, "p20-training-roster");
        organiser.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("场次与签到")).click();
        button(organiser, "添加场次").click();
        Locator dialog = dialog(organiser, "添加场次");
        LocalDateTime start = LocalDateTime.now().plusMinutes(10).truncatedTo(ChronoUnit.MINUTES);
        LocalDateTime end = start.plusHours(1);
        if (!end.toLocalDate().equals(start.toLocalDate())) { // near midnight: a session ends on the day it starts
            start = LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES).minusMinutes(1);
            end = start.toLocalDate().atTime(23, 59);
        }
        Locator inputs = dialog.locator("vaadin-date-time-picker input");
        inputs.nth(0).fill(TYPED_DATE.format(start));
        inputs.nth(0).press("Enter");
        inputs.nth(1).fill(TYPED_TIME.format(start));
        inputs.nth(1).press("Enter");
        Locator ends = dialog.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("结束时间").setExact(true));
        ends.fill(TYPED_TIME.format(end));
        ends.press("Enter");
        button(dialog, "保存").click();
        assertThat(dialog).hasCount(0);
        sessionStart = start.format(DateTimeFormatter.ofPattern("HH:mm"));
        organiser.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(sessionStart)).first().click();
        button(organiser, "显示签到二维码").click();
        Locator link = organiser.getByRole(AriaRole.DIALOG).getByRole(AriaRole.LINK).filter(
                new Locator.FilterOptions().setHasText("/sign-in/"));
        String href = link.getAttribute("href");
        assertThat(organiser.locator("img.sign-in-qr")).isVisible();
        browser.screenshot(organiser, "p21-training-sign-in-qr");
        organiser.context().close();
        return URI.create(href).getPath();
    }

    private void signIn(Page phone) {
        fitsThePhone(phone, "sign-in page");
        Locator institution = phone.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("单位").setExact(true));
        institution.tap();
        phone.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(CENTRE).setExact(true)).tap();
        Locator name = phone.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("姓名").setExact(true));
        name.tap();
        phone.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("黄美玲").setExact(true)).tap();
        fitsThePhone(phone, "sign-in filled");
    }

    // ---- the phone ----

    private Page phoneLogIn(String username) {
        Page phone = browser.newPhone(WIDTH, HEIGHT);
        phone.navigate(app.url("/login"));
        fitsThePhone(phone, "login");
        phone.getByLabel("用户名").fill(username);
        phone.getByLabel("密码").fill(com.programdesk.testsupport.DemoUsers.PASSWORD);
        tappable(phone, phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录"))).tap();
        phone.waitForURL(url -> !url.contains("/login"));
        return phone;
    }

    /** Opens a view from the menu as a phone does: the drawer is closed, the toggle opens it, choosing a view closes it. */
    private static void menu(Page phone, String view) {
        Locator layout = phone.locator("vaadin-app-layout");
        assertThat(layout).hasAttribute("overlay", "");
        assertThat(layout).not().hasAttribute("drawer-opened", "");
        tappable(phone, phone.locator("vaadin-drawer-toggle")).tap();
        assertThat(layout).hasAttribute("drawer-opened", "");
        Locator item = link(phone, view);
        item.scrollIntoViewIfNeeded();
        item.tap();
        assertThat(layout).not().hasAttribute("drawer-opened", "");
    }

    /** The element, scrolled into view, lies wholly inside the screen and is big enough for a finger. */
    private static Locator tappable(Page phone, Locator element) {
        element.scrollIntoViewIfNeeded();
        BoundingBox box = element.boundingBox();
        assertThat(box).as("%s on the screen", element).isNotNull();
        int width = phone.viewportSize().width;
        int height = phone.viewportSize().height;
        assertThat(box.x).as("%s starts on the screen", element).isGreaterThanOrEqualTo(0);
        assertThat(box.x + box.width).as("%s ends on the screen", element).isLessThanOrEqualTo(width + 0.5);
        assertThat(box.y).isGreaterThanOrEqualTo(0);
        assertThat(box.y + box.height).isLessThanOrEqualTo(height + 0.5);
        assertThat(Math.min(box.width, box.height)).as("%s is big enough to tap", element).isGreaterThanOrEqualTo(24);
        return element;
    }

    /**
     * Nothing needs horizontal scrolling: the page is no wider than the screen, and no visible element of the content (or of an
     * open dialog) reaches past its edges, except inside something that scrolls by itself (a grid's wide columns).
     */
    @SuppressWarnings("unchecked")
    private void fitsThePhone(Page phone, String step) {
        phone.waitForLoadState();
        phone.waitForFunction("() => !document.querySelector('vaadin-connection-indicator[loading]')");
        Map<String, Object> fit = (Map<String, Object>) phone.evaluate("""
                () => {
                  const width = window.innerWidth;
                  const scrolls = el => {
                    for (let up = el.parentElement; up; up = up.parentElement) {
                      if (up.matches('vaadin-grid, [slot="drawer"], vaadin-tooltip, vaadin-notification-card')) return true;
                      const x = getComputedStyle(up).overflowX;
                      if (x === 'auto' || x === 'scroll' || x === 'hidden' || x === 'clip') return true;
                    }
                    return false;
                  };
                  const wide = [];
                  for (const el of document.body.querySelectorAll('*')) {
                    const r = el.getBoundingClientRect();
                    if (r.width === 0 || r.height === 0) continue;
                    if (r.right <= width + 1 && r.left >= -1) continue;
                    const style = getComputedStyle(el);
                    if (style.visibility === 'hidden' || style.position === 'fixed') continue;
                    if (el.closest('vaadin-grid, [slot="drawer"], vaadin-tooltip') || scrolls(el)) continue;
                    wide.push(el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().replace(/\\s+/g, '.') : '')
                        + ' [' + Math.round(r.left) + '…' + Math.round(r.right) + '] ' + (el.innerText || '').slice(0, 30).replace(/\\s+/g, ' '));
                  }
                  return { page: document.scrollingElement.scrollWidth, screen: width, wide: wide.slice(0, 8) };
                }
                """);
        int page = ((Number) fit.get("page")).intValue();
        int screen = ((Number) fit.get("screen")).intValue();
        List<String> wide = (List<String>) fit.get("wide");
        if (page > screen || !wide.isEmpty()) {
            misfits.add(step + ": page " + page + " px on a " + screen + " px screen, too wide: " + wide);
            browser.phoneScreenshot(phone, "misfit-" + step.replaceAll("\\W+", "-"));
        }
    }

    /** Every step so far fitted the screen (checked at the end, so that one run reports every step that does not). */
    private void everyStepFitted() {
        assertThat(misfits).as("steps that need horizontal scrolling").isEmpty();
    }

    // ---- helpers ----

    private static void choose(Page page, String field, String option) {
        Locator box = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName(field).setExact(true));
        box.click();
        box.fill(option);
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option).setExact(true)).click();
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
            box.press("Escape");
        }
    }

    /** A small township-sized month of the early-pregnancy form. */
    private static Map<String, String> month() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("早孕门诊就诊人次", "180");
        values.put("继续妊娠路径", "110");
        values.put("异常早孕路径", "20");
        values.put("意向终止妊娠路径", "50");
        values.put("绿色（低风险）", "105");
        values.put("黄色（一般风险）", "45");
        values.put("橙色（较高风险）", "17");
        values.put("红色（高风险）", "6");
        values.put("紫色（传染病）", "0");
        values.put("人工流产例数", "47");
        values.put("重复流产例数", "2");
        values.put("流产后避孕咨询人次", "50");
        values.put("流产后落实长效避孕例数", "25");
        values.put("转诊妇幼保健院例数", "0");
        values.put("随访结案数", "9");
        return values;
    }

    /** A photo as a phone's camera hands it over: a JPEG. */
    private static Path photo(String name, Color background) throws IOException {
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(background);
        g.fillRect(0, 0, 320, 240);
        g.setColor(new Color(0x37474F));
        g.fillRect(60, 50, 200, 140);
        g.dispose();
        Path file = Files.createTempDirectory("phone-photo").resolve(name);
        ImageIO.write(image, "jpg", file.toFile());
        return file;
    }
}
