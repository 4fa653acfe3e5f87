package com.programdesk.program.calendar.ui;

import com.programdesk.program.activities.ui.ActivityEditor;
import com.programdesk.program.activities.ui.MarkDoneDialog;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.testsupport.ViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The calendar as staff use it: see the month, filter it, plan an activity on a day, log it. */
class ActivityCalendarTest extends ViewTest {

    @org.springframework.beans.factory.annotation.Autowired
    com.programdesk.program.plan.service.ProgramService programs;

    @Test
    void theMonthShowsDatedActivitiesAndTheObservanceDays() {
        demoUsers.login("viewer");
        CalendarView calendar = navigate(CalendarView.class);
        goToMonth(calendar, LocalDate.of(2024, 5, 1));

        CalendarDayGrid grid = $(CalendarDayGrid.class).single();
        LocalDate memberDay = LocalDate.of(2024, 5, 29);
        assertThat(grid.observancesOn(memberDay)).containsExactly("5.29 计生协会员活动日");
        assertThat(grid.entriesOn(memberDay)).extracting(e -> e.title()).contains("“5.29”计生协会员活动日");
        assertThat(grid.days()).hasSize(35).startsWith(LocalDate.of(2024, 4, 29)).endsWith(LocalDate.of(2024, 6, 2));
        assertThat(calendar.periodLabel.getText()).isEqualTo("2024年5月");
    }

    @Test
    void filteringByTypeLeavesOnlyThatType() {
        demoUsers.login("coordinator");
        CalendarView calendar = navigate(CalendarView.class);
        goToMonth(calendar, LocalDate.of(2023, 12, 1));
        int all = entriesInGrid();

        test(calendar.type).selectItem("主题宣传日");

        assertThat(entriesInGrid()).isEqualTo(1);
        assertThat(all).isGreaterThan(1);
    }

    @Test
    void theListViewPagesTheSameActivities() {
        demoUsers.login("coordinator");
        CalendarView calendar = navigate(CalendarView.class);
        goToMonth(calendar, LocalDate.of(2024, 3, 1));
        long march = jdbc.sql("""
                SELECT COUNT(*) FROM activity WHERE window_start <= '2024-03-31' AND window_end >= '2024-03-01'""")
                .query(Long.class).single();

        test(calendar.mode).selectItem("列表");

        @SuppressWarnings("unchecked")
        Grid<?> agenda = $(Grid.class).single();
        assertThat(test(agenda).size()).isEqualTo((int) march);
    }

    @Test
    void anInstitutionUserPlansALectureForTheirHospitalOnAClickedDay() {
        demoUsers.login("mch.staff");
        CalendarView calendar = navigate(CalendarView.class);
        LocalDate day = LocalDate.now().plusDays(2);
        calendar.openNew(day, null);
        ActivityEditor editor = $(ActivityEditor.class).single();

        assertThat(editor.organiser.getValue().code()).isEqualTo("YQ-MCH");
        assertThat(editor.startsAt.getValue()).isEqualTo(day.atTime(9, 0));
        test(editor.title).setValue("乐清中学青春健康讲座");
        test(editor.type).selectItem("讲座");
        test(editor.place).setValue("乐清中学");
        editor.plannedAttendance.setValue(60);
        test(editor.save).click();

        assertThat(editor.isOpened()).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM activity WHERE title = '乐清中学青春健康讲座' AND status = 'PLANNED'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void eachInvalidActivityFieldIsExplainedAndNothingIsSaved() {
        demoUsers.login("coordinator");
        CalendarView calendar = navigate(CalendarView.class);
        long before = count("activity");
        calendar.openNew(LocalDate.now().plusDays(1), null);
        ActivityEditor editor = $(ActivityEditor.class).single();

        test(editor.save).click();
        assertThat(editor.title.getErrorMessage()).isEqualTo("此项为必填项");
        assertThat(editor.type.getErrorMessage()).isEqualTo("此项为必填项");
        assertThat(editor.organiser.getErrorMessage()).isEqualTo("此项为必填项");

        test(editor.title).setValue("讲座");
        test(editor.type).selectItem("讲座");
        test(editor.organiser).selectItem("乐清市妇幼保健院 (YQ-MCH)");
        editor.plannedAttendance.setValue(-5); // typed in the browser; the tester refuses values below min
        LocalDateTime start = LocalDate.now().plusDays(1).atTime(14, 0);
        editor.startsAt.setValue(start);
        editor.endsAt.setValue(start.minusHours(3));
        test(editor.save).click();
        assertThat(editor.plannedAttendance.getErrorMessage()).isEqualTo("请输入 0 到 100000 之间的整数");
        assertThat(editor.endsAt.getErrorMessage()).isEqualTo("结束时间不能早于开始时间");

        editor.plannedAttendance.setValue(40);
        editor.dated.setValue(false);
        editor.windowStart.clear();
        test(editor.save).click();
        assertThat(editor.windowStart.getErrorMessage()).isEqualTo("请填写活动日期，或填写计划时段");

        editor.dated.setValue(true);
        editor.startsAt.setValue(LocalDate.now().plusYears(3).atTime(9, 0));
        editor.endsAt.setValue(LocalDate.now().plusYears(3).atTime(11, 0));
        test(editor.save).click();
        assertThat(editor.startsAt.getErrorMessage()).isEqualTo("日期须在方案期间之内");

        assertThat(editor.isOpened()).isTrue();
        assertThat(count("activity")).isEqualTo(before);
    }

    @Test
    void markingDoneAsksForAttendanceAndOutcome() {
        demoUsers.login("mch.staff");
        CalendarView calendar = navigate(CalendarView.class);
        calendar.openNew(LocalDate.now(), null);
        ActivityEditor editor = $(ActivityEditor.class).single();
        test(editor.title).setValue("今天的讲座");
        test(editor.type).selectItem("讲座");
        editor.startsAt.setValue(LocalDate.now().atStartOfDay());
        test(editor.save).click();
        long id = jdbc.sql("SELECT id FROM activity WHERE title = '今天的讲座'").query(Long.class).single();

        calendar.openExisting(id);
        test($(ActivityEditor.class).single().confirm).click();
        assertThat(test($(com.vaadin.flow.component.notification.Notification.class).last()).getText())
                .isEqualTo("活动“今天的讲座”已确认，请按计划举办，结束后标记完成");

        calendar.openExisting(id);
        ActivityEditor opened = $(ActivityEditor.class).single();
        test(opened.markDone).click();
        MarkDoneDialog done = $(MarkDoneDialog.class).single();
        test(done.done).click();
        assertThat(done.actualAttendance.getErrorMessage()).isEqualTo("标记完成需要填写实际参与人数");
        done.actualAttendance.setValue(45);
        test(done.done).click();
        assertThat(done.outcomeNote.getErrorMessage()).isEqualTo("标记完成需要填写活动成效");
        test(done.outcomeNote).setValue("学生踊跃提问");
        test(done.done).click();

        assertThat(jdbc.sql("SELECT CONCAT(status, '/', actual_attendance) FROM activity WHERE id = ?").param(id)
                .query(String.class).single()).isEqualTo("DONE/45");
    }

    @Test
    void anyMonthIsReachedByYearAndMonthByDateOrByAProgramsPeriod() {
        demoUsers.login("coordinator");
        CalendarView calendar = navigate(CalendarView.class);

        test(calendar.jump.year).selectItem("2023年");
        test(calendar.jump.month).selectItem("12月");
        assertThat(calendar.periodLabel.getText()).isEqualTo("2023年12月");

        test(calendar.jump.date).setValue(LocalDate.of(2024, 3, 15));
        assertThat(calendar.periodLabel.getText()).isEqualTo("2024年3月");
        assertThat(calendar.jump.month.getValue()).isEqualTo(3);

        com.programdesk.program.plan.domain.Program plan = programs.search("", org.springframework.data.domain.PageRequest.of(0, 1)).getFirst();
        calendar.jump.program.setValue(plan);
        LocalDate start = plan.getPeriodStart();
        assertThat(calendar.periodLabel.getText()).isEqualTo(start.getYear() + "年" + start.getMonthValue() + "月");
        test(calendar.jump.programEnd).click();
        LocalDate end = plan.getPeriodEnd();
        assertThat(calendar.periodLabel.getText()).isEqualTo(end.getYear() + "年" + end.getMonthValue() + "月");
    }

    @Test
    void movingTheStartMovesTheEndWithItAndAnImpossiblePeriodShowsNoConflicts() {
        demoUsers.login("mch.staff");
        CalendarView calendar = navigate(CalendarView.class);
        calendar.openNew(LocalDate.now(), null);
        ActivityEditor editor = $(ActivityEditor.class).single();
        editor.startsAt.setValue(LocalDate.now().atTime(9, 0));
        editor.endsAt.setValue(LocalDate.now().atTime(11, 30));

        editor.startsAt.setValue(LocalDateTime.of(2023, 10, 10, 14, 0));
        assertThat(editor.endsAt.getValue()).isEqualTo(LocalDateTime.of(2023, 10, 10, 16, 30));

        editor.endsAt.setValue(LocalDateTime.of(2023, 10, 9, 8, 0));
        assertThat(editor.warnings.isVisible()).isFalse();
    }

    @Test
    void multiSelectsAnnounceTheirSelectionInChinese() {
        demoUsers.login("mch.staff");
        CalendarView calendar = navigate(CalendarView.class);
        calendar.openNew(LocalDate.now(), null);
        ActivityEditor editor = $(ActivityEditor.class).single();
        assertThat(editor.partners.getI18n().getSelected()).isEqualTo("已加入选择");
        assertThat(editor.audiences.getI18n().getTotal()).isEqualTo("已选择 {count} 项");
    }

    @Test
    void anotherInstitutionsActivityOpensReadOnly() {
        demoUsers.login("second.staff");
        CalendarView calendar = navigate(CalendarView.class);
        long mchActivity = jdbc.sql("SELECT a.id FROM activity a JOIN institution i ON i.id = a.organiser_id "
                + "WHERE i.code = 'YQ-MCH' AND a.status = 'PLANNED' LIMIT 1").query(Long.class).single();

        calendar.openExisting(mchActivity);
        ActivityEditor editor = $(ActivityEditor.class).single();

        assertThat(editor.title.isReadOnly()).isTrue();
        assertThat(editor.save.isAttached()).isFalse();
        assertThat(editor.markDone.isAttached()).isFalse();
    }

    @Test
    void clickingAnObservanceDayPlansACampaignTitledInTheReadersLanguage() {
        demoUsers.login("coordinator");
        assertThat(campaignTitleOffered()).isEqualTo("“12.1 世界艾滋病日”主题宣传活动");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        assertThat(campaignTitleOffered()).isEqualTo("Campaign for 12.1 World AIDS Day");
    }

    private String campaignTitleOffered() {
        CalendarView calendar = navigate(CalendarView.class);
        LocalDate aidsDay = LocalDate.now().withMonth(12).withDayOfMonth(1);
        goToMonth(calendar, aidsDay);
        CalendarDayGrid grid = $(CalendarDayGrid.class).single();
        long observance = jdbc.sql("SELECT id FROM observance_day WHERE month_of_year = 12 AND day_of_month = 1")
                .query(Long.class).single();
        grid.getElement().getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(grid.getElement(), "click",
                JacksonUtils.createObjectNode().put(CalendarDayGrid.ENTRY_ID, "").put(CalendarDayGrid.OBSERVANCE, Long.toString(observance))
                        .put(CalendarDayGrid.DAY, aidsDay.toString())));
        ActivityEditor editor = $(ActivityEditor.class).single();
        String title = editor.title.getValue();
        editor.close();
        return title;
    }

    private void goToMonth(CalendarView calendar, LocalDate month) {
        calendar.showMonth(month);
    }

    private int entriesInGrid() {
        CalendarDayGrid grid = $(CalendarDayGrid.class).single();
        return grid.days().stream().mapToInt(day -> grid.entriesOn(day).size()).sum();
    }
}
