package com.programdesk.evaluation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.program.plan.domain.Program;
import com.programdesk.program.targets.service.ProgramFixture;
import com.programdesk.testsupport.ViewTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The program page's tab 评估报告: a reversed or out-of-program period is refused at its field; a report generated shows its
 * progress while the page polls, then its PDF and Word downloads, and the polling stops. Institution staff see the stored reports
 * without the form.
 */
class EvaluationPanelTest extends ViewTest {

    @Autowired
    ProgramFixture fixture;

    @Test
    void theCoordinatorGeneratesAReportAndDownloadsItOnceDone() throws InterruptedException {
        Program program = fixture.program();
        fixture.done("coordinator", fixture.lecture(program, "YQ-MCH", -3), 35);
        demoUsers.login("coordinator");
        EvaluationPanel panel = open(program);
        assertThat($(Paragraph.class, panel).withText("尚未生成评估报告。").exists()).isTrue();
        assertThat(panel.from.getValue()).isEqualTo(program.getPeriodStart());
        assertThat(panel.to.getValue()).isEqualTo(program.getPeriodEnd());

        test(panel.from).setValue(program.getPeriodStart().plusDays(10));
        test(panel.to).setValue(program.getPeriodStart().plusDays(5));
        test(panel.generate).click();
        assertThat(panel.to.isInvalid()).isTrue();
        assertThat(panel.to.getErrorMessage()).isEqualTo("结束日期不能早于开始日期");

        test(panel.to).setValue(program.getPeriodEnd());
        panel.from.setValue(program.getPeriodStart().minusMonths(1)); // typed: the picker offers no such date
        test(panel.generate).click();
        assertThat(panel.from.isInvalid()).isTrue();
        assertThat(panel.from.getErrorMessage()).startsWith("评估期间须在方案期间内").contains(
                DateTimeFormatter.ofPattern("yyyy年M月d日").format(program.getPeriodStart()));
        assertThat(count("program_evaluation WHERE program_id = " + program.getId())).isZero();
        panel.from.setValue(LocalDate.of(1900, 1, 1));
        test(panel.generate).click();
        assertThat(panel.from.isInvalid()).as("1900-01-01 is refused at the field").isTrue();
        assertThat(panel.from.getErrorMessage()).startsWith("评估期间须在方案期间内");
        assertThat(count("program_evaluation WHERE program_id = " + program.getId())).isZero();

        test(panel.from).setValue(program.getPeriodStart());
        test(panel.generate).click();
        assertThat(panel.from.isInvalid()).isFalse();
        assertThat(count("program_evaluation WHERE program_id = " + program.getId())).isOne();
        boolean sawProgress = $(ProgressBar.class, panel).exists();
        assertThat(sawProgress || $(Anchor.class, panel).withText("PDF").exists()).isTrue();
        if (sawProgress) {
            assertThat(panel.isPolling()).isTrue();
            assertThat(UI.getCurrent().getPollInterval()).isEqualTo(EvaluationPanel.POLL_MILLIS);
        }
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!$(Anchor.class, panel).withText("PDF").exists() && System.nanoTime() < until) {
            Thread.sleep(250);
            ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
        }
        assertThat($(Anchor.class, panel).withText("PDF").exists()).isTrue();
        assertThat($(Anchor.class, panel).withText("Word").exists()).isTrue();
        assertThat($(ProgressBar.class, panel).exists()).isFalse();
        assertThat(panel.isPolling()).isFalse();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        assertThat($(Span.class, panel).all()).as("who asked for it, by name").anySatisfy(s -> assertThat(s.getText()).startsWith("王协调"));

        demoUsers.logout();
        demoUsers.login("mch.staff");
        EvaluationPanel read = open(program);
        assertThat($(Button.class, read).withText("生成评估报告").exists()).isFalse();
        assertThat($(Anchor.class, read).withText("PDF").exists()).isTrue();
    }

    private EvaluationPanel open(Program program) {
        UI.getCurrent().navigate("programs/" + program.getId());
        TabSheet tabs = $(TabSheet.class).single();
        Tab tab = $(Tab.class).withText("评估报告").single();
        tabs.setSelectedTab(tab);
        return $(EvaluationPanel.class).single();
    }
}
