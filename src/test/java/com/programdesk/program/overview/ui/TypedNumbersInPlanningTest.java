package com.programdesk.program.overview.ui;

import com.programdesk.program.plan.ui.ProgramEditor;
import com.programdesk.program.targets.ui.TargetEditor;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.program.plan.domain.Program;
import com.programdesk.program.plan.service.ProgramService;
import com.programdesk.testsupport.TestData;
import com.programdesk.testsupport.Typing;
import com.programdesk.testsupport.ViewTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Target values and program dates as people mistype them: each mistake is named at its
 * field, the text stays as typed, and nothing is saved.
 */
class TypedNumbersInPlanningTest extends ViewTest {

    @Autowired
    ProgramService programs;

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
