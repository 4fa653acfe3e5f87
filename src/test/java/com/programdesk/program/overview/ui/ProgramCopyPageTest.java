package com.programdesk.program.overview.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.program.plan.domain.Program;
import com.programdesk.program.targets.domain.Target;
import com.programdesk.program.targets.service.ProgramFixture;
import com.programdesk.testsupport.TestData;
import com.programdesk.testsupport.Typing;
import com.programdesk.testsupport.ViewTest;
import com.vaadin.flow.component.html.H2;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 复制到下一周期 from the program page: an overlapping period is said at the field; the copy opens as a draft. */
class ProgramCopyPageTest extends ViewTest {

    @Autowired
    ProgramFixture fixture;

    @Test
    void theCoordinatorCopiesThisYearsPlanAnOverlappingPeriodIsRefusedAtTheField() {
        long source = testData.latestActiveProgramId();
        demoUsers.login("coordinator");
        navigate(ProgramView.class, source);
        clickButton("复制到下一周期");
        ProgramCopyDialog dialog = $(ProgramCopyDialog.class).single();
        assertThat(dialog.targetValues).isNotEmpty();
        String title = TestData.unique("下一周期方案");
        test(dialog.title).setValue(title);
        var start = dialog.periodStart.getValue();
        var end = dialog.periodEnd.getValue();
        long programs = count("program");

        dialog.periodStart.setValue(start.minusYears(1).plusMonths(1));
        test(dialog.save).click();
        assertThat(dialog.periodStart.isInvalid()).isTrue();
        assertThat(dialog.periodStart.getErrorMessage()).isEqualTo("新的实施期间与原方案的期间重叠，请选择原方案结束之后的期间");
        assertThat(count("program")).isEqualTo(programs);

        dialog.periodStart.setValue(start);
        dialog.periodEnd.setValue(end);
        dialog.targetValues.values().iterator().next().setValue(new BigDecimal("200"));
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(count("program")).isEqualTo(programs + 1);
        assertThat(getCurrentView()).isInstanceOf(ProgramView.class);
        assertThat($(H2.class).withText(title).exists()).isTrue();
        assertThat(jdbc.sql("SELECT status FROM program WHERE title = ?").param(title).query(String.class).single()).isEqualTo("DRAFT");
    }

    @Test
    void aTargetValueTypedAsLettersOrAsAFractionOfACountIsSaidAtItsFieldAndNothingIsCopied() {
        Program source = fixture.program();
        Target lectures = fixture.lectureTarget(source, 40);
        Target reached = fixture.reachedTarget(source, 1000);
        demoUsers.login("coordinator");
        navigate(ProgramView.class, source.getId());
        clickButton("复制到下一周期");
        ProgramCopyDialog dialog = $(ProgramCopyDialog.class).single();
        test(dialog.title).setValue(TestData.unique("输错目标值的复制"));
        long programs = count("program");

        for (String typed : List.of("abc", "-1", "1.255")) {
            Typing.type(dialog.targetValues.get(reached.getId()), typed);
            test(dialog.save).click();
            assertThat(dialog.targetValues.get(reached.getId()).getErrorMessage()).as(typed)
                    .isEqualTo("请输入 0 到 999999999999.99 之间的数，最多 2 位小数");
            assertThat(dialog.isOpened()).isTrue();
            assertThat(count("program")).as(typed + " copies nothing").isEqualTo(programs);
        }
        Typing.type(dialog.targetValues.get(reached.getId()), "1200");
        Typing.type(dialog.targetValues.get(lectures.getId()), "3.5");
        test(dialog.save).click();
        assertThat(dialog.targetValues.get(lectures.getId()).isInvalid()).isTrue();
        assertThat(dialog.targetValues.get(lectures.getId()).getErrorMessage()).isEqualTo("场次目标须为整数");
        assertThat(count("program")).isEqualTo(programs);

        Typing.type(dialog.targetValues.get(lectures.getId()), "45");
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(count("program")).isEqualTo(programs + 1);
        assertThat(jdbc.sql("SELECT target_value FROM target WHERE program_id = (SELECT MAX(id) FROM program) ORDER BY position, id")
                .query(BigDecimal.class).list()).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("45"), new BigDecimal("1200"));
    }
}
