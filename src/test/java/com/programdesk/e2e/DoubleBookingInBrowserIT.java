package com.programdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.programdesk.testsupport.Browser;
import com.programdesk.testsupport.EndToEndTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Staffing in a real browser: the bureau puts a volunteer on one activity, then on another the same
 * morning, is warned who is busy where, and puts her on anyway only with a reason.
 */
class DoubleBookingInBrowserIT extends EndToEndTest {

    private static final String FIRST = "亲青服务中心校园咨询日";
    private static final String SECOND = "流产后关爱义诊进社区";
    private static final String VOLUNTEER = "叶晓敏";

    @Test
    void aVolunteerOnTwoOverlappingActivitiesIsFlaggedAndNeedsAReason() {
        Page page = browser.newUser();
        page.setViewportSize(1366, 768); // a common office screen: the warning and its buttons must be seen without scrolling
        Browser.logIn(page, app, "coordinator");
        page.navigate(app.url("/staffing"));

        Locator first = openStaffing(page, FIRST);
        chooseVolunteer(first);
        button(first, "安排所选人员").click();
        assertThat(page.getByText("已安排 1 人")).isVisible();
        button(first, "关闭").click();

        Locator second = openStaffing(page, SECOND);
        chooseVolunteer(second);
        assertThat(second.getByText("时间冲突").first()).isVisible();
        button(second, "安排所选人员").click();
        assertThat(second.getByText("以下人员在同一时间已有其他活动安排：")).isVisible();
        assertThat(second.getByText(Pattern.compile(VOLUNTEER + "：" + FIRST))).isVisible();
        assertThat(textbox(second, "安排理由（必填）")).isInViewport();
        assertThat(button(second, "仍然安排")).isInViewport();
        browser.screenshot(page, "40-staffing-double-booked");
        button(second, "仍然安排").click();
        assertThat(second.getByText("有人员时间冲突，请填写安排理由")).isVisible();
        textbox(second, "安排理由（必填）").fill("上午只在咨询日值守一小时，再赶往义诊现场");
        button(second, "仍然安排").click();
        assertThat(second.getByText("上午只在咨询日值守一小时，再赶往义诊现场", new Locator.GetByTextOptions().setExact(true))).isVisible();
        browser.screenshot(page, "41-staffing-assigned-with-reason");
    }

    private static Locator openStaffing(Page page, String activity) {
        page.getByText(activity, new Page.GetByTextOptions().setExact(true)).click();
        Locator dialog = dialog(page, "服务安排：" + activity);
        assertThat(textbox(dialog, "姓名")).isVisible();
        return dialog;
    }

    private static void chooseVolunteer(Locator dialog) {
        textbox(dialog, "姓名").fill(VOLUNTEER);
        Locator rowCheckboxes = dialog.getByRole(AriaRole.CHECKBOX, new Locator.GetByRoleOptions().setName("Select Row"));
        assertThat(rowCheckboxes).hasCount(1);
        rowCheckboxes.click();
    }
}
