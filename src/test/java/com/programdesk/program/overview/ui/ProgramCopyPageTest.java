package com.programdesk.program.overview.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.testsupport.TestData;
import com.programdesk.testsupport.ViewTest;
import com.vaadin.flow.component.html.H2;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** 复制到下一周期 from the program page: an overlapping period is said at the field; the copy opens as a draft. */
class ProgramCopyPageTest extends ViewTest {

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
}
