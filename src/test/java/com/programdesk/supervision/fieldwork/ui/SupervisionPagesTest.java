package com.programdesk.supervision.fieldwork.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.supervision.checklists.service.ChecklistTemplateService;
import com.programdesk.supervision.findings.ui.FindingEditor;
import com.programdesk.supervision.rounds.domain.ItemResult;
import com.programdesk.supervision.rounds.domain.SupervisionRound;
import com.programdesk.supervision.rounds.service.RoundService;
import com.programdesk.testsupport.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The round pages as inspectors, coordinators and the bureau use them: planning a round, recording a visit and its findings. */
class SupervisionPagesTest extends ViewTest {

    @Autowired
    RoundService rounds;
    @Autowired
    ChecklistTemplateService checklists;

    @Test
    void anInspectorRecordsAVisitAndTurnsANonCompliantItemIntoAFinding() {
        long roundId = plannedRound("浏览器外检查记录督导");
        demoUsers.login("coordinator");
        VisitView visit = navigate("supervision/" + roundId + "/visits/" + testData.institutionId("YQ-MCH"), VisitView.class);
        assertThat($(H2.class).withText("乐清市妇幼保健院 · 现场检查").exists()).isTrue();

        visit.visitDate.setValue(LocalDate.now().plusDays(1));
        test(visit.save).click();
        assertThat(visit.visitDate.getErrorMessage()).isEqualTo("检查日期不能晚于今天");
        assertThat(count("visit WHERE supervision_round_id = " + roundId)).isZero();

        test(visit.visitDate).setValue(LocalDate.now());
        visit.items.forEach(row -> row.result.setValue(ItemResult.COMPLIANT));
        visit.items.get(2).result.setValue(ItemResult.NON_COMPLIANT);
        test(visit.items.get(2).note).setValue("3 份病历无术后咨询记录");
        test(visit.save).click();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM visit_result vr JOIN visit v ON v.id = vr.visit_id WHERE v.supervision_round_id = ?"
                + " AND vr.result = 'NON_COMPLIANT'").param(roundId).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT status FROM supervision_round WHERE id = ?").param(roundId).query(String.class).single())
                .isEqualTo("IN_PROGRESS");

        test(visit.items.get(2).toFinding).click();
        FindingEditor editor = $(FindingEditor.class).single();
        TextArea requiredCorrection = $(TextArea.class).from(editor).withCaption("整改要求").single();
        Button save = $(Button.class).from(editor).withText("保存").single();
        assertThat($(TextField.class).from(editor).withCaption("问题类别").single().getValue()).isEqualTo("流产后服务");
        assertThat($(TextArea.class).from(editor).withCaption("问题描述").single().getValue()).contains("3 份病历无术后咨询记录");
        test(save).click();
        assertThat(requiredCorrection.getErrorMessage()).isEqualTo("此项为必填项");
        test(requiredCorrection).setValue("补齐术后咨询记录");
        test($(ComboBox.class).from(editor).withCaption("相关统计指标").single()).selectItem("流产后长效避孕落实率");
        test(save).click();
        assertThat(editor.isOpened()).isFalse();
        assertThat(jdbc.sql("SELECT status FROM finding WHERE supervision_round_id = ?").param(roundId).query(String.class).single())
                .isEqualTo("OPEN");
        assertThat(jdbc.sql("SELECT i.code FROM finding f JOIN indicator i ON i.id = f.indicator_id WHERE f.supervision_round_id = ?")
                .param(roundId).query(String.class).single()).isEqualTo("PAC_LARC_RATE");
    }

    @Test
    void theBureauSeesEveryRound() {
        demoUsers.login("viewer");
        RoundListView list = navigate(RoundListView.class);
        assertThat(test(list.grid).size()).isPositive();
    }

    @Test
    void planningARoundShowsEachMistakeAtItsField() {
        demoUsers.login("coordinator");
        navigate(RoundListView.class);
        clickButton("新建督导");
        RoundEditor editor = $(RoundEditor.class).single();
        test(editor.save).click();
        assertThat(editor.title.getErrorMessage()).isEqualTo("此项为必填项");
        test(editor.title).setValue("2026年第四季度督导");
        test(editor.program).selectItem(editor.program.getLazyDataView().getItems().findFirst().orElseThrow().getTitle());
        editor.startsOn.setValue(LocalDate.of(2030, 1, 10));
        editor.endsOn.setValue(LocalDate.of(2030, 1, 1));
        test(editor.save).click();
        assertThat(editor.endsOn.getErrorMessage()).isEqualTo("结束时间不能早于开始时间");
        assertThat(count("supervision_round WHERE title = '2026年第四季度督导'")).isZero();
    }

    private long plannedRound(String title) {
        return demoUsers.as("coordinator", () -> {
            SupervisionRound round = new SupervisionRound();
            round.setTitle(title);
            round.setProgramId(jdbc.sql("SELECT id FROM program WHERE period_start <= CURRENT_DATE AND period_end >= CURRENT_DATE ORDER BY id LIMIT 1")
                    .query(Long.class).single());
            round.setStartsOn(LocalDate.now());
            round.setEndsOn(LocalDate.now());
            round.setChecklistTemplateId(checklists.latest().getFirst().getId());
            round.setInstitutionIds(Set.of(testData.institutionId("YQ-MCH")));
            round.setInspectorIds(Set.of(testData.userId("coordinator")));
            return rounds.save(round).getId();
        });
    }
}
