package com.programdesk.team.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.team.domain.AssignmentRow;
import com.programdesk.team.service.StaffingService;
import com.programdesk.testsupport.Typing;
import com.programdesk.testsupport.ViewTest;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The organiser corrects the hours a volunteer served; half hours are fine, anything else is named at the field. */
class ServedHoursTypedTest extends ViewTest {

    @Autowired
    StaffingService staffing;

    @Test
    void hoursWithTwoDecimalsNegativeLettersOrAbsurdAreRefusedAndHalfHoursAreKept() {
        demoUsers.login("coordinator");
        navigate(StaffingView.class);
        long done = jdbc.sql("""
                SELECT a.id FROM activity a JOIN activity_assignment s ON s.activity_id = a.id
                WHERE a.status = 'DONE' ORDER BY a.id DESC LIMIT 1""").query(Long.class).single();
        AssignmentRow row = staffing.assignments(done).getFirst();
        BigDecimal stored = hoursOf(row);
        HoursDialog dialog = new HoursDialog(staffing, row, () -> { });
        dialog.open();
        roundTrip(); // a dialog attaches on the way to the browser
        for (String typed : List.of("1.25", "-1", "abc", "1000")) {
            Typing.type(dialog.hours, typed);
            test(dialog.save).click();
            assertThat(dialog.hours.getErrorMessage()).as(typed).isEqualTo("请输入 0 到 999 之间的数，最多 1 位小数");
            assertThat(dialog.isOpened()).isTrue();
            assertThat(hoursOf(row)).as(typed).isEqualTo(stored);
        }
        Typing.type(dialog.hours, "1.5");
        test(dialog.note).setValue("提前半小时到场");
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(hoursOf(row)).isEqualByComparingTo(new BigDecimal("1.5"));
    }

    private BigDecimal hoursOf(AssignmentRow row) {
        return jdbc.sql("SELECT hours FROM activity_assignment WHERE id = ?").param(row.id()).query(BigDecimal.class).optional().orElse(null);
    }
}
