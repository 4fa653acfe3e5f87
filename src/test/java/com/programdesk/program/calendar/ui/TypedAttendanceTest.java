package com.programdesk.program.calendar.ui;

import com.programdesk.program.activities.ui.ActivityEditor;
import com.programdesk.program.activities.ui.MarkDoneDialog;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.testsupport.Typing;
import com.programdesk.testsupport.ViewTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Attendance as people mistype it in the calendar: each mistake is named at its
 * field, the text stays as typed, and nothing is saved.
 */
class TypedAttendanceTest extends ViewTest {

    private static final List<String> NOT_A_COUNT = List.of("3.5", "-1", "abc", "99999999999");
    private static final String WHOLE_PEOPLE = "请输入 0 到 100000 之间的整数";

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
}
