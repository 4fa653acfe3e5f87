package com.programdesk.program.overview.ui;

import com.programdesk.program.targets.ui.TargetEditor;
import com.programdesk.program.targets.ui.TargetProgressCard;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.program.plan.domain.Program;
import com.programdesk.program.plan.service.ProgramService;
import com.programdesk.testsupport.TestData;
import com.programdesk.testsupport.ViewTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The bureau sets a target that follows a reported indicator, e.g. the repeat abortion rate falling year on year. */
class ReportedTargetEditorTest extends ViewTest {

    @Autowired
    ProgramService programs;

    @Test
    void aTargetFromReportsNeedsItsIndicatorAndARisingOrFallingOneNoValue() {
        Program program = demoUsers.as("coordinator", () -> programs.save(new Program(TestData.unique("报表目标编辑测试 "),
                LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)), List.of("流产后关爱")));
        demoUsers.login("coordinator");
        navigate("programs/" + program.getId(), ProgramView.class);
        clickButton("添加目标");
        TargetEditor editor = $(TargetEditor.class).single();
        assertThat(editor.indicator.isVisible()).isFalse();

        test(editor.measure).selectItem("机构报表指标");
        assertThat(editor.indicator.isVisible()).isTrue();
        assertThat(editor.types.isVisible()).isFalse();
        assertThat(editor.organiser.getLabel()).isEqualTo("填报机构");
        test(editor.direction).selectItem("逐年下降");
        assertThat(editor.targetValue.isVisible()).isFalse();
        test(editor.save).click();
        assertThat(editor.indicator.getErrorMessage()).isEqualTo("此项为必填项");
        assertThat(count("target WHERE program_id = " + program.getId())).isZero();

        test(editor.indicator).selectItem("重复流产率 (‰)");
        assertThat(editor.name.getValue()).isEqualTo("重复流产率");
        assertThat(editor.unit.getValue()).isEqualTo("‰");
        test(editor.save).click();

        assertThat(editor.isOpened()).isFalse();
        assertThat(jdbc.sql("""
                SELECT CONCAT(t.direction, ' ', COALESCE(t.target_value, 'none'), ' ', i.code) FROM target t JOIN indicator i ON i.id = t.indicator_id
                WHERE t.program_id = ?""").param(program.getId()).query(String.class).single()).isEqualTo("FALLING none REPEAT_ABORTION_RATE");
        assertThat($(TargetProgressCard.class).single().getElement().getProperty("innerHTML")).contains("重复流产率", "目标：逐年下降");
    }
}
