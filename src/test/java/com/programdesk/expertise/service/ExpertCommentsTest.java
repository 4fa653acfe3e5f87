package com.programdesk.expertise.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.expertise.domain.CommentTargetKind;
import com.programdesk.program.targets.service.ProgramFixture;
import com.programdesk.supervision.findings.domain.Correction;
import com.programdesk.supervision.findings.domain.Finding;
import com.programdesk.supervision.findings.domain.FindingFilter;
import com.programdesk.supervision.findings.service.FindingService;
import com.programdesk.supervision.rounds.domain.ItemResult;
import com.programdesk.supervision.rounds.domain.SupervisionRound;
import com.programdesk.supervision.rounds.domain.Visit;
import com.programdesk.supervision.rounds.service.RoundService;
import com.programdesk.supervision.rounds.service.VisitService;
import com.programdesk.supervision.checklists.service.ChecklistTemplateService;
import com.programdesk.testsupport.DemoUsers;
import com.programdesk.testsupport.ProgramDeskTest;
import com.programdesk.testsupport.TestData;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** The expert group: a viewer named expert of a program reads its findings beyond its area, comments with mentions, and changes nothing. */
@ProgramDeskTest
class ExpertCommentsTest {

    @Autowired
    ExpertiseService expertise;
    @Autowired
    CommentService comments;
    @Autowired
    RoundService rounds;
    @Autowired
    VisitService visits;
    @Autowired
    FindingService findings;
    @Autowired
    ChecklistTemplateService checklists;
    @Autowired
    DemoUsers demoUsers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestData testData;
    @Autowired
    ProgramFixture fixture;

    @Test
    void anExpertOfProgramACommentsOnItsFindingInAnotherAreaButNeverSeesProgramB() {
        List<Long> running = jdbc.sql("SELECT id FROM program WHERE period_start <= CURRENT_DATE ORDER BY period_end >= CURRENT_DATE DESC, id")
                .query(Long.class).list();
        long programA = running.get(0);
        long programB = running.get(1);
        Finding inA = keqiaoFinding(programA, "柯桥专家督导A");
        Finding inB = keqiaoFinding(programB, "柯桥专家督导B");

        demoUsers.as("viewer", () -> assertThatThrownBy(() -> findings.find(inA.getId())).isInstanceOf(AccessDeniedException.class));
        demoUsers.as("admin", () -> {
            assertThatThrownBy(() -> expertise.setExperts(programA, Set.of(testData.userId("mch.staff"))))
                    .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey()).isEqualTo("expert.error.notViewer"));
            expertise.setExperts(programA, Set.of(testData.userId("viewer")));
        });
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'Program' AND entity_id = ? AND changed_fields LIKE 'experts:%'")
                .param(programA).query(Integer.class).single()).isEqualTo(1);

        int versionBefore = inA.getVersion();
        demoUsers.as("viewer", () -> {
            assertThat(findings.find(inA.getId())).isPresent();
            assertThat(findings.search(new FindingFilter(inA.getSupervisionRoundId(), null, null, null, false), 0, 10))
                    .extracting(f -> f.id()).contains(inA.getId());
            assertThat(rounds.find(inA.getSupervisionRoundId())).isPresent();
            assertThat(rounds.find(inB.getSupervisionRoundId())).isEmpty();
            assertThatThrownBy(() -> findings.find(inB.getId())).isInstanceOf(AccessDeniedException.class);
            assertThat(comments.canPost(CommentTargetKind.FINDING, inB.getId())).isFalse();
            assertThatThrownBy(() -> comments.post(CommentTargetKind.FINDING, inB.getId(), "越权意见")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> comments.post(CommentTargetKind.FINDING, inA.getId(), "  "))
                    .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("body"));
            comments.post(CommentTargetKind.FINDING, inA.getId(), "建议抽查术后随访登记，@keqiao.coordinator 请跟进");
            comments.post(CommentTargetKind.ROUND_REPORT, inA.getSupervisionRoundId(), "本轮整改闭环情况良好");

            Finding seen = findings.find(inA.getId()).orElseThrow();
            assertThat(findings.canEdit(seen)).isFalse();
            assertThatThrownBy(() -> findings.verify(seen, "专家销号", true)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> findings.reopen(seen, "专家重开")).isInstanceOf(AccessDeniedException.class);
            seen.setDescription("专家改写");
            assertThatThrownBy(() -> findings.update(seen)).isInstanceOf(AccessDeniedException.class);
        });
        assertThat(jdbc.sql("SELECT version FROM finding WHERE id = ?").param(inA.getId()).query(Integer.class).single()).isEqualTo(versionBefore);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM comment WHERE target_kind = 'FINDING' AND target_id = ?").param(inA.getId())
                .query(Integer.class).single()).as("the blank comment saved nothing").isEqualTo(1);

        assertThat(jdbc.sql("SELECT kind FROM notification WHERE user_id = ? AND finding_id = ?")
                .params(testData.userId("keqiao.coordinator"), inA.getId()).query(String.class).list()).containsExactly("COMMENT_MENTION");
        demoUsers.as("keqiao.coordinator", () -> {
            assertThat(comments.thread(CommentTargetKind.FINDING, inA.getId())).singleElement()
                    .satisfies(c -> assertThat(c.authorName()).isEqualTo("质控中心专家"));
            assertThat(comments.thread(CommentTargetKind.ROUND_REPORT, inA.getSupervisionRoundId())).hasSize(1);
        });
        demoUsers.as("wenzhou.viewer", () -> assertThatThrownBy(() -> comments.thread(CommentTargetKind.FINDING, inA.getId()))
                .isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void theProgramsExpertCommentsOnACorrectionWhichTheInstitutionAndTheBureauReadButAnotherProgramsExpertCannot() {
        long program = fixture.program().getId();
        long otherProgram = fixture.program().getId();
        Finding finding = keqiaoFinding(program, "柯桥整改专家意见");
        Correction correction = demoUsers.as("qixian.staff", () -> findings.submitCorrection(finding, "已补齐术后咨询记录，纳入病历质控。",
                LocalDate.now(), List.of()));
        demoUsers.as("admin", () -> {
            expertise.setExperts(program, Set.of(testData.userId("viewer")));
            expertise.setExperts(otherProgram, Set.of(testData.userId("wenzhou.viewer")));
        });

        demoUsers.as("viewer", () -> {
            assertThat(comments.canPost(CommentTargetKind.CORRECTION, correction.getId())).isTrue();
            comments.post(CommentTargetKind.CORRECTION, correction.getId(), "整改措施可行，建议附上抽查的 10 份病历首页。");
        });
        assertThat(jdbc.sql("SELECT program_id FROM comment WHERE target_kind = 'CORRECTION' AND target_id = ?").param(correction.getId())
                .query(Long.class).single()).as("filed under the finding's program").isEqualTo(program);
        for (String reader : List.of("qixian.staff", "keqiao.coordinator")) {
            demoUsers.as(reader, () -> {
                assertThat(comments.thread(CommentTargetKind.CORRECTION, correction.getId())).singleElement()
                        .satisfies(c -> assertThat(c.body()).startsWith("整改措施可行"));
                assertThat(comments.counts(CommentTargetKind.CORRECTION, List.of(correction.getId()))).containsEntry(correction.getId(), 1);
            });
        }
        demoUsers.as("qixian.staff", () -> assertThat(comments.canPost(CommentTargetKind.CORRECTION, correction.getId())).isFalse());
        demoUsers.as("wenzhou.viewer", () -> {
            assertThat(comments.canPost(CommentTargetKind.CORRECTION, correction.getId())).isFalse();
            assertThatThrownBy(() -> comments.thread(CommentTargetKind.CORRECTION, correction.getId())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> comments.post(CommentTargetKind.CORRECTION, correction.getId(), "越权意见"))
                    .isInstanceOf(AccessDeniedException.class);
        });
        assertThat(jdbc.sql("SELECT COUNT(*) FROM comment WHERE target_kind = 'CORRECTION' AND target_id = ?").param(correction.getId())
                .query(Integer.class).single()).isEqualTo(1);
    }

    /** A round of the program in Keqiao (another area than the Yueqing expert's), with one finding recorded by the Keqiao coordinator. */
    private Finding keqiaoFinding(long programId, String title) {
        LocalDate start = jdbc.sql("SELECT period_start FROM program WHERE id = ?").param(programId).query(LocalDate.class).single();
        LocalDate end = jdbc.sql("SELECT period_end FROM program WHERE id = ?").param(programId).query(LocalDate.class).single();
        LocalDate last = end.isBefore(LocalDate.now()) ? end : LocalDate.now();
        LocalDate first = last.minusDays(7).isBefore(start) ? start : last.minusDays(7);
        long qixian = testData.institutionId("SX-CH-QX");
        SupervisionRound round = demoUsers.as("admin", () -> {
            SupervisionRound planned = new SupervisionRound();
            planned.setTitle(title);
            planned.setProgramId(programId);
            planned.setStartsOn(first);
            planned.setEndsOn(last);
            planned.setChecklistTemplateId(checklists.latest().getFirst().getId());
            planned.setInstitutionIds(Set.of(qixian));
            planned.setInspectorIds(Set.of(testData.userId("keqiao.coordinator")));
            return rounds.save(planned);
        });
        jdbc.sql("UPDATE supervision_round SET area_id = ? WHERE id = ?").param(testData.areaId("330603")).param(round.getId()).update();
        return demoUsers.as("keqiao.coordinator", () -> {
            Visit visit = visits.visitOf(round.getId(), qixian);
            visit.setVisitDate(first);
            visit.putResult(2, ItemResult.NON_COMPLIANT, null, "术后咨询记录缺失");
            Finding draft = findings.draft(visits.save(visit), 2);
            draft.setRequiredCorrection("补齐咨询记录");
            draft.setDueDate(LocalDate.now().plusDays(15));
            return findings.record(draft);
        });
    }
}
