package com.programdesk.program.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.program.domain.Program;
import com.programdesk.program.service.ProgramService;
import com.programdesk.testsupport.TestData;
import com.programdesk.testsupport.Typing;
import com.programdesk.testsupport.ViewTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Attendance, target values and program dates as people mistype them: each mistake is named at its
 * field, the text stays as typed, and nothing is saved.
 */
class TypedNumbersInPlanningTest extends ViewTest {

    private static final List<String> NOT_A_COUNT = List.of("3.5", "-1", "abc", "99999999999");
    private static final String WHOLE_PEOPLE = "请输入 0 到 100000 之间的整数";

    @Autowired
    ProgramService programs;

    @Test
    void aPlannedAttendanceThatIsNotAWholeNumberOfPeopleIsRefused() {
        demoUsers.login("coordinator");
        CalendarView calendar = navigate(CalendarView.class);
        long before = count("activity");
        calendar.openNew(LocalDate.now().plusDays(1), null);
        ActivityEditor editor = $(ActivityEditor.class).single();
        test(editor.title).setValue("输错人数的讲座");
        test(editor.type).selectItem("讲座");
        test(editor.organiser).selectItem("乐清市妇幼保健院 (YQ-MCH)");
        for (String typed : NOT_A_COUNT) {
            Typing.type(editor.plannedAttendance, typed);
            test(editor.save).click();
            assertThat(editor.plannedAttendance.getErrorMessage()).as(typed).isEqualTo(WHOLE_PEOPLE);
            assertThat(editor.plannedAttendance.isInvalid()).as(typed).isTrue();
            assertThat(editor.isOpened()).isTrue();
            assertThat(count("activity")).as(typed).isEqualTo(before);
        }
    }

    @Test
    void anActualAttendanceThatIsNotAWholeNumberOfPeopleLeavesTheActivityPlanned() {
        demoUsers.login("mch.staff");
        CalendarView calendar = navigate(CalendarView.class);
        calendar.openNew(LocalDate.now(), null);
        ActivityEditor editor = $(ActivityEditor.class).single();
        test(editor.title).setValue("今天的讲座（人数输错）");
        test(editor.type).selectItem("讲座");
        editor.startsAt.setValue(LocalDate.now().atStartOfDay());
        test(editor.save).click();
        long id = jdbc.sql("SELECT id FROM activity WHERE title = '今天的讲座（人数输错）'").query(Long.class).single();

        calendar.openExisting(id);
        test($(ActivityEditor.class).single().markDone).click();
        MarkDoneDialog done = $(MarkDoneDialog.class).single();
        test(done.outcomeNote).setValue("学生踊跃提问");
        for (String typed : NOT_A_COUNT) {
            Typing.type(done.actualAttendance, typed);
            test(done.done).click();
            assertThat(done.actualAttendance.getErrorMessage()).as(typed).isEqualTo(WHOLE_PEOPLE);
            assertThat(done.isOpened()).isTrue();
            assertThat(jdbc.sql("SELECT CONCAT(status, '/', COALESCE(actual_attendance, '-')) FROM activity WHERE id = ?").param(id)
                    .query(String.class).single()).as(typed).isEqualTo("PLANNED/-");
        }
        Typing.type(done.actualAttendance, "45");
        test(done.done).click();
        assertThat(jdbc.sql("SELECT CONCAT(status, '/', actual_attendance) FROM activity WHERE id = ?").param(id)
                .query(String.class).single()).isEqualTo("DONE/45");
    }

    @Test
    void aTargetValueIsRefusedWhenItIsLettersNegativeHugeOrHasMoreDecimalsThanKept() {
        Program program = demoUsers.as("coordinator", () -> programs.save(new Program(TestData.unique("目标值输入测试 "),
                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)), List.of()));
        demoUsers.login("coordinator");
        navigate("programs/" + program.getId(), ProgramView.class);
        clickButton("添加目标");
        TargetEditor editor = $(TargetEditor.class).single();
        test(editor.name).setValue("讲座");
        test(editor.unit).setValue("场");
        for (String typed : List.of("abc", "-1", "1.255", "9999999999999")) {
            Typing.type(editor.targetValue, typed);
            test(editor.save).click();
            assertThat(editor.targetValue.getErrorMessage()).as(typed).isEqualTo("请输入 0 到 999999999999.99 之间的数，最多 2 位小数");
        }
        Typing.type(editor.targetValue, "3.5");
        test(editor.save).click();
        assertThat(editor.targetValue.getErrorMessage()).isEqualTo("场次目标须为整数");
        assertThat(count("target WHERE program_id = " + program.getId())).isZero();
    }

    @Test
    void aProgramStartingIn1900IsRefusedAtItsStartDate() {
        demoUsers.login("coordinator");
        navigate(ProgramListView.class);
        clickButton("新建方案");
        ProgramEditor editor = $(ProgramEditor.class).single();
        test(editor.title).setValue("1900 年的方案");
        editor.periodStart.setValue(LocalDate.of(1900, 1, 1));
        editor.periodEnd.setValue(LocalDate.of(2024, 12, 31));
        test(editor.save).click();
        assertThat(editor.periodStart.isInvalid()).isTrue();
        assertThat(editor.periodStart.getErrorMessage()).startsWith("请选择 2000年1月1日 到 ");
        assertThat(count("program WHERE title = '1900 年的方案'")).isZero();
    }
}
