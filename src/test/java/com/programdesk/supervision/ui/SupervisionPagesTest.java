package com.programdesk.supervision.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.supervision.domain.ItemResult;
import com.programdesk.supervision.domain.SupervisionRound;
import com.programdesk.supervision.service.ChecklistTemplateService;
import com.programdesk.supervision.service.RoundService;
import com.programdesk.testsupport.ViewTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The supervision pages as inspectors, coordinators and hospitals use them. */
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
        assertThat(editor.category.getValue()).isEqualTo("流产后服务");
        assertThat(editor.description.getValue()).contains("3 份病历无术后咨询记录");
        test(editor.save).click();
        assertThat(editor.requiredCorrection.getErrorMessage()).isEqualTo("此项为必填项");
        test(editor.requiredCorrection).setValue("补齐术后咨询记录");
        test(editor.indicator).selectItem("流产后长效避孕落实率");
        test(editor.save).click();
        assertThat(editor.isOpened()).isFalse();
        assertThat(jdbc.sql("SELECT status FROM finding WHERE supervision_round_id = ?").param(roundId).query(String.class).single())
                .isEqualTo("OPEN");
        assertThat(jdbc.sql("SELECT i.code FROM finding f JOIN indicator i ON i.id = f.indicator_id WHERE f.supervision_round_id = ?")
                .param(roundId).query(String.class).single()).isEqualTo("PAC_LARC_RATE");
    }

    @Test
    void theHospitalSubmitsACorrectionWithEvidenceAndBadInputIsRefusedAtItsField() throws IOException {
        long findingId = jdbc.sql("""
                SELECT f.id FROM finding f JOIN institution i ON i.id = f.institution_id
                WHERE i.code = 'YQ-H2' AND f.status = 'OPEN' AND f.return_count = 0 ORDER BY f.id LIMIT 1""").query(Long.class).single();
        demoUsers.login("second.staff");
        CorrectionTasksView inbox = navigate(CorrectionTasksView.class);
        assertThat(test(inbox.grid).size()).isPositive();

        FindingView page = navigate("findings/" + findingId, FindingView.class);
        test(page.submit).click();
        assertThat(page.measures.getErrorMessage()).isEqualTo("此项为必填项");
        test(page.measures).setValue("已补报数据，指定专人负责上报");
        page.completedOn.setValue(LocalDate.now().plusDays(2));
        test(page.submit).click();
        assertThat(page.completedOn.getErrorMessage()).isEqualTo("整改完成日期不能晚于今天");
        assertThat(count("correction WHERE finding_id = " + findingId)).isZero();

        page.completedOn.setValue(LocalDate.now());
        page.evidence.add("平台上报截图.png", png());
        test(page.submit).click();
        assertThat(jdbc.sql("SELECT status FROM finding WHERE id = ?").param(findingId).query(String.class).single()).isEqualTo("SUBMITTED");
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM attachment a JOIN correction c ON c.id = a.owner_id AND a.owner_type = 'Correction'
                WHERE c.finding_id = ? AND a.file_name = '平台上报截图.png'""").param(findingId).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void anotherHospitalsFindingCannotBeOpenedAndTheBureauSeesEveryRound() {
        long mchFinding = jdbc.sql("""
                SELECT f.id FROM finding f JOIN institution i ON i.id = f.institution_id WHERE i.code = 'YQ-MCH' ORDER BY f.id LIMIT 1""")
                .query(Long.class).single();
        demoUsers.login("second.staff");
        navigate("findings/" + mchFinding, Component.class);
        assertThat($(H2.class).withText("页面不存在").exists()).isTrue();

        demoUsers.login("viewer");
        RoundListView list = navigate(RoundListView.class);
        assertThat(test(list.grid).size()).isPositive();
        FindingListView findings = navigate(FindingListView.class);
        findings.overdueOnly.setValue(true);
        assertThat(test(findings.grid).size()).isPositive();
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

    private static Path png() throws IOException {
        Path file = Files.createTempFile("evidence", ".png");
        Files.write(file, Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="));
        return file;
    }
}
