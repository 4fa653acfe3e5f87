package com.programdesk.supervision.fieldwork.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.supervision.findings.ui.FindingGrid;
import com.programdesk.supervision.rounds.domain.ItemResult;
import com.programdesk.testsupport.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** 机构自查 as a hospital uses it: start a self-inspection from the bureau's checklist, bad input at its field, then record item by item. */
class SelfInspectionPagesTest extends ViewTest {

    @Test
    void aHospitalStartsASelfInspectionAndRecordsItsChecklist() {
        demoUsers.login("mch.staff");
        SelfInspectionListView list = navigate(SelfInspectionListView.class);
        assertThat(test(list.grid).size()).as("the demo May self-inspection").isPositive();
        test(list.start).click();
        SelfInspectionEditor editor = $(SelfInspectionEditor.class).single();
        test(editor.save).click();
        assertThat(editor.title.getErrorMessage()).isEqualTo("此项为必填项");
        long before = count("supervision_round WHERE kind = 'SELF_INSPECTION'");

        long programId = jdbc.sql("SELECT id FROM program WHERE period_start <= CURRENT_DATE AND period_end >= CURRENT_DATE ORDER BY id LIMIT 1")
                .query(Long.class).single();
        LocalDate programStart = jdbc.sql("SELECT period_start FROM program WHERE id = ?").param(programId).query(LocalDate.class).single();
        test(editor.title).setValue("浏览器外机构自查");
        editor.program.setValue(editor.program.getListDataView().getItems().filter(p -> p.getId() == programId).findFirst().orElseThrow());
        editor.startsOn.setValue(LocalDate.now());
        editor.endsOn.setValue(LocalDate.now().minusDays(1));
        test(editor.save).click();
        assertThat(editor.endsOn.getErrorMessage()).isNotBlank();
        assertThat(count("supervision_round WHERE kind = 'SELF_INSPECTION'")).isEqualTo(before);

        editor.startsOn.setValue(LocalDate.now().minusDays(3).isBefore(programStart) ? programStart : LocalDate.now().minusDays(3));
        editor.endsOn.setValue(LocalDate.now());
        test(editor.save).click();
        VisitView visit = (VisitView) getCurrentView();
        assertThat($(H2.class).withText("乐清市妇幼保健院 · 现场检查").exists()).isTrue();
        assertThat(visit.inspectors.isReadOnly()).isTrue();
        visit.items.forEach(row -> row.result.setValue(ItemResult.COMPLIANT));
        visit.items.getFirst().result.setValue(ItemResult.NON_COMPLIANT);
        test(visit.save).click();
        assertThat(count("visit v JOIN supervision_round r ON r.id = v.supervision_round_id WHERE r.title = '浏览器外机构自查'")).isEqualTo(1);
        assertThat(((VisitView) getCurrentView()).items.getFirst().toFinding.isVisible()).isTrue();
        assertThat($(Button.class).all()).noneSatisfy(b -> assertThat(b.getText()).isEqualTo("编辑"));
    }

    @Test
    void aHospitalOpensItsOwnSelfInspectionAndSeesTheProblemsItFound() {
        demoUsers.login("mch.staff");
        long roundId = jdbc.sql("SELECT id FROM supervision_round WHERE title = '2024年5月基本避孕服务机构自查'").query(Long.class).single();
        long mch = jdbc.sql("SELECT id FROM institution WHERE name_zh = '乐清市妇幼保健院'").query(Long.class).single();
        navigate("supervision/" + roundId + "/visits/" + mch, VisitView.class);
        FindingGrid findings = $(FindingGrid.class).single();
        assertThat(test(findings).size()).as("the problems of the demo self-inspection, read by the hospital itself").isEqualTo(
                (int) count("finding WHERE supervision_round_id = " + roundId + " AND institution_id = " + mch));
        assertThat(test(findings).size()).isPositive();
    }
}
