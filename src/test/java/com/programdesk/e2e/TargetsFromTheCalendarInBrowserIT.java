package com.programdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.programdesk.testsupport.Browser;
import com.programdesk.testsupport.EndToEndTest;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

/**
 * The promise of the calendar, in a real browser: the coordinator plans a program with targets and
 * schedules a lecture; the hospital logs it done with 45 attendees; the targets count it by themselves.
 */
class TargetsFromTheCalendarInBrowserIT extends EndToEndTest {

    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("yyyy/MM/dd");
    private static final String PROGRAM = "端到端测试方案";
    private static final String LECTURE = "端到端中学讲座";

    @Test
    void aLectureLoggedDoneByTheHospitalMovesTheProgramsTargets() {
        Page coordinator = browser.newUser();
        Browser.logIn(coordinator, app, "coordinator");
        link(coordinator, "工作方案").click();
        button(coordinator, "新建方案").click();
        Locator programDialog = coordinator.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("新建方案"));
        textbox(programDialog, "方案名称").fill(PROGRAM);
        date(programDialog, "开始日期", LocalDate.now().minusDays(30));
        date(programDialog, "结束日期", LocalDate.now().plusDays(300));
        button(programDialog, "保存").click();
        assertThat(coordinator.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(PROGRAM))).isVisible();

        addTarget(coordinator, "讲座", "场", "3", null);
        addTarget(coordinator, "受益人数", "人", "100", "已完成活动实际参与人数");
        assertThat(coordinator.getByText("0 / 3 场")).isVisible();

        link(coordinator, "活动日历").click();
        coordinator.locator(".calendar-day.today").click();
        Locator activityDialog = coordinator.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("新建活动"));
        choose(activityDialog, "所属方案", PROGRAM, PROGRAM);
        textbox(activityDialog, "活动名称").fill(LECTURE);
        choose(activityDialog, "活动类型", "讲座", "讲座");
        choose(activityDialog, "主办机构", "妇幼", "乐清市妇幼保健院 (YQ-MCH)");
        textbox(activityDialog, "地点").fill("乐清中学");
        button(activityDialog, "保存").click();
        assertThat(coordinator.getByText("已保存活动“" + LECTURE + "”")).isVisible();
        browser.screenshot(coordinator, "10-calendar-lecture-planned");
        coordinator.context().close();

        Page hospital = browser.newUser();
        Browser.logIn(hospital, app, "mch.staff");
        link(hospital, "活动日历").click();
        hospital.locator(".calendar-entry").filter(new Locator.FilterOptions().setHasText(LECTURE)).click();
        button(hospital, "标记完成").click();
        Locator doneDialog = hospital.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("标记完成：" + LECTURE));
        doneDialog.getByLabel("实际参与人数").fill("45");
        doneDialog.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("活动成效")).fill("学生踊跃提问，反馈良好");
        button(doneDialog, "标记完成").click();
        assertThat(hospital.getByText("活动“" + LECTURE + "”已标记为完成")).isVisible();

        link(hospital, "工作方案").click();
        hospital.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(PROGRAM)).click();
        assertThat(hospital.getByText("1 / 3 场")).isVisible();
        assertThat(hospital.getByText("45 / 100 人")).isVisible();
        browser.screenshot(hospital, "11-targets-counted");
        hospital.context().close();
    }

    private static void addTarget(Page page, String name, String unit, String value, String measure) {
        button(page, "添加目标").click();
        Locator dialog = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("添加目标"));
        textbox(dialog, "目标名称").fill(name);
        textbox(dialog, "单位").fill(unit);
        textbox(dialog, "目标值").fill(value);
        if (measure != null) {
            choose(dialog, "计算方式", measure, measure);
        }
        choose(dialog, "计入的活动类型", "讲座", "讲座");
        dialog.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("计入的活动类型")).press("Escape");
        button(dialog, "保存").click();
        assertThat(page.getByText("已保存目标“" + name + "”")).isVisible();
    }

    private static void choose(Locator dialog, String field, String typed, String option) {
        Locator box = dialog.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName(field).setExact(true));
        box.click();
        box.fill(typed);
        dialog.page().getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option).setExact(true)).click();
    }

    private static void date(Locator dialog, String field, LocalDate value) {
        Locator input = dialog.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName(field).setExact(true));
        input.fill(TYPED.format(value));
        input.press("Enter");
    }
}
