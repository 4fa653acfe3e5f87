package com.programdesk.program.overview.ui;

import com.programdesk.program.plan.ui.ProgramEditor;
import com.programdesk.program.targets.ui.TargetEditor;
import com.programdesk.program.targets.ui.TargetProgressCard;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.testsupport.ViewTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The bureau enters a plan as data: the program, its work streams and its targets. */
class ProgramPlanningTest extends ViewTest {

    @Test
    void coordinatorCreatesAProgramWithWorkStreamsAndATarget() {
        demoUsers.login("coordinator");
        navigate(ProgramListView.class);
        clickButton("新建方案");
        ProgramEditor editor = $(ProgramEditor.class).single();
        test(editor.title).setValue("柳市镇青春健康专项行动");
        editor.periodStart.setValue(LocalDate.now().minusMonths(1));
        editor.periodEnd.setValue(LocalDate.now().minusMonths(2));
        test(editor.save).click();
        assertThat(editor.periodEnd.getErrorMessage()).isEqualTo("结束时间不能早于开始时间");

        editor.periodEnd.setValue(LocalDate.now().plusMonths(11));
        test(editor.workStreams).setValue("进校园讲座\n家长课堂\n进校园讲座");
        test(editor.save).click();
        assertThat(editor.workStreams.getErrorMessage()).isEqualTo("工作任务名称不能重复");

        test(editor.workStreams).setValue("进校园讲座\n家长课堂");
        test(editor.save).click();
        assertThat(editor.isOpened()).isFalse();
        assertThat(getCurrentView()).isInstanceOf(ProgramView.class);
        assertThat(jdbc.sql("""
                SELECT GROUP_CONCAT(w.name ORDER BY w.position) FROM work_stream w JOIN program p ON p.id = w.program_id
                WHERE p.title = '柳市镇青春健康专项行动'""").query(String.class).single()).isEqualTo("进校园讲座,家长课堂");

        clickButton("添加目标");
        TargetEditor target = $(TargetEditor.class).single();
        test(target.name).setValue("讲座");
        test(target.unit).setValue("场");
        target.targetValue.setValue(new BigDecimal("-3"));
        test(target.save).click();
        assertThat(target.targetValue.getErrorMessage()).isEqualTo("请输入 0 到 999999999999.99 之间的数，最多 2 位小数");

        target.targetValue.setValue(new BigDecimal("2.5"));
        test(target.save).click();
        assertThat(target.targetValue.getErrorMessage()).isEqualTo("场次目标须为整数");

        target.targetValue.setValue(new BigDecimal("3"));
        test(target.types).selectItem("讲座");
        test(target.save).click();
        assertThat(target.isOpened()).isFalse();
        assertThat($(TargetProgressCard.class).single().getElement().getProperty("innerHTML")).contains(">0 / 3 场<");
    }

    @Test
    void aSecondProgramUnderTheSameDocumentNumberIsWarnedAboutAtTheField() {
        demoUsers.login("coordinator");
        navigate(ProgramListView.class);
        clickButton("新建方案");
        ProgramEditor editor = $(ProgramEditor.class).single();
        test(editor.title).setValue("重复文号的方案");
        editor.periodStart.setValue(LocalDate.now());
        editor.periodEnd.setValue(LocalDate.now().plusMonths(6));
        test(editor.documentNumber).setValue("乐卫发〔2024〕25号");
        assertThat(editor.documentNumber.getHelperText()).startsWith("注意：方案“").contains("已使用此文号");

        test(editor.documentNumber).setValue("乐卫发〔2099〕1号");
        assertThat(editor.documentNumber.getHelperText()).isNullOrEmpty();
    }

    @Test
    void institutionStaffReadProgramsButCannotPlanThem() {
        demoUsers.login("mch.staff");
        ProgramListView list = navigate(ProgramListView.class);

        assertThat($(com.vaadin.flow.component.button.Button.class).withText("新建方案").exists()).isFalse();
        assertThat(test(list.grid).size()).isGreaterThanOrEqualTo(2);
    }
}
