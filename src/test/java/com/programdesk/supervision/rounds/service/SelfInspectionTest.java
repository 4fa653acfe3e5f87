package com.programdesk.supervision.rounds.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.supervision.findings.domain.Finding;
import com.programdesk.supervision.findings.domain.FindingStatus;
import com.programdesk.supervision.findings.service.FindingService;
import com.programdesk.supervision.rounds.domain.ItemResult;
import com.programdesk.supervision.rounds.domain.RoundKind;
import com.programdesk.supervision.rounds.domain.SupervisionRound;
import com.programdesk.supervision.rounds.domain.Visit;
import com.programdesk.testsupport.DemoUsers;
import com.programdesk.testsupport.ProgramDeskTest;
import com.programdesk.testsupport.TestData;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** 机构自查: an institution inspects itself against a bureau checklist, corrects and closes what it found; the bureau sees it and may supervise a problem. */
@ProgramDeskTest
class SelfInspectionTest {

    @Autowired
    RoundService rounds;
    @Autowired
    VisitService visits;
    @Autowired
    FindingService findings;
    @Autowired
    DemoUsers demoUsers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestData testData;

    @Test
    void anInstitutionSelfInspectsFindsCorrectsAndClosesItsOwnProblem() {
        demoUsers.as("mch.staff", () -> {
            SupervisionRound untitled = selfInspection(" ");
            assertThatThrownBy(() -> rounds.startSelfInspection(untitled))
                    .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("title"));
        });
        assertThat(jdbc.sql("SELECT COUNT(*) FROM supervision_round WHERE title = ' '").query(Integer.class).single()).isZero();

        SupervisionRound round = demoUsers.as("mch.staff", () -> rounds.startSelfInspection(selfInspection("市妇保院自查（闭环）")));
        assertThat(round.getKind()).isEqualTo(RoundKind.SELF_INSPECTION);
        assertThat(round.institutionIds()).containsExactly(testData.institutionId("YQ-MCH"));
        Finding found = demoUsers.as("mch.staff", () -> {
            assertThat(rounds.search(RoundKind.SELF_INSPECTION, 0, 50)).anySatisfy(r -> assertThat(r.id()).isEqualTo(round.getId()));
            return ownFinding(round, 1);
        });
        assertThat(found.isSelfFound()).isTrue();
        assertThat(found.getStatus()).isEqualTo(FindingStatus.OPEN);

        demoUsers.as("mch.staff", () -> {
            findings.submitCorrection(found, "已补齐登记", LocalDate.now(), List.of());
            Finding submitted = findings.find(found.getId()).orElseThrow();
            assertThat(findings.canCloseOwn(submitted)).isTrue();
            assertThat(findings.closeOwn(submitted, "科室复核完成").getStatus()).isEqualTo(FindingStatus.CLOSED);
        });
        assertThat(jdbc.sql("SELECT to_state FROM workflow_transition WHERE entity_type = 'Finding' AND entity_id = ? ORDER BY id")
                .param(found.getId()).query(String.class).list()).containsExactly("OPEN", "SUBMITTED", "CLOSED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notification WHERE finding_id = ?").param(found.getId()).query(Integer.class).single())
                .as("a problem the institution found and fixed itself bothers no one").isZero();

        demoUsers.as("second.staff", () -> {
            assertThat(rounds.find(round.getId())).isEmpty();
            assertThat(rounds.search(RoundKind.SELF_INSPECTION, 0, 100)).noneSatisfy(r -> assertThat(r.id()).isEqualTo(round.getId()));
            assertThatThrownBy(() -> findings.find(found.getId())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> visits.visitOf(round.getId(), testData.institutionId("YQ-MCH"))).isInstanceOf(AccessDeniedException.class);
        });
        demoUsers.as("keqiao.coordinator", () -> assertThat(rounds.find(round.getId())).isEmpty());
        demoUsers.as("coordinator", () -> {
            assertThat(rounds.search(null, 0, 200)).anySatisfy(r -> {
                assertThat(r.id()).isEqualTo(round.getId());
                assertThat(r.kind()).isEqualTo(RoundKind.SELF_INSPECTION);
                assertThat(r.institutionName()).isEqualTo("乐清市妇幼保健院");
            });
            assertThat(rounds.canRecord(rounds.find(round.getId()).orElseThrow())).as("the bureau reads a self-inspection, the institution records it").isFalse();
        });
    }

    @Test
    void theBureauTurnsASelfFoundProblemIntoASupervisedFindingWithADueDate() {
        SupervisionRound round = demoUsers.as("mch.staff", () -> rounds.startSelfInspection(selfInspection("市妇保院自查（转督导）")));
        Finding found = demoUsers.as("mch.staff", () -> ownFinding(round, 3));
        demoUsers.as("mch.staff", () -> assertThatThrownBy(() -> findings.supervise(found, LocalDate.now().plusDays(10), "越权"))
                .isInstanceOf(AccessDeniedException.class));
        demoUsers.as("coordinator", () -> {
            Finding seen = findings.find(found.getId()).orElseThrow();
            assertThat(findings.canSupervise(seen)).isTrue();
            assertThatThrownBy(() -> findings.supervise(seen, LocalDate.now().minusDays(1), "随访率偏低"))
                    .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey()).isEqualTo("finding.error.dueInPast"));
            assertThatThrownBy(() -> findings.supervise(seen, LocalDate.now().plusDays(10), " "))
                    .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("reason"));
            Finding supervised = findings.supervise(seen, LocalDate.now().plusDays(10), "随访率偏低，纳入督导跟踪");
            assertThat(supervised.isSelfFound()).isFalse();
            assertThat(supervised.getDueDate()).isEqualTo(LocalDate.now().plusDays(10));
        });
        assertThat(jdbc.sql("SELECT note FROM workflow_transition WHERE entity_type = 'Finding' AND entity_id = ? ORDER BY id DESC LIMIT 1")
                .param(found.getId()).query(String.class).single()).isEqualTo("随访率偏低，纳入督导跟踪");
        assertThat(jdbc.sql("SELECT kind FROM notification WHERE finding_id = ?").param(found.getId()).query(String.class).list())
                .contains("FINDING_RECORDED");

        demoUsers.as("mch.staff", () -> {
            Finding supervised = findings.find(found.getId()).orElseThrow();
            assertThat(findings.canEdit(supervised)).as("once supervised, the bureau sets the terms").isFalse();
            findings.submitCorrection(supervised, "完善随访登记", LocalDate.now(), List.of());
            Finding submitted = findings.find(found.getId()).orElseThrow();
            assertThat(findings.canCloseOwn(submitted)).isFalse();
            assertThatThrownBy(() -> findings.closeOwn(submitted, "自己销号")).isInstanceOf(InvalidFieldException.class);
        });
        demoUsers.as("coordinator", () -> assertThat(findings.verify(findings.find(found.getId()).orElseThrow(), "资料核查通过", true).getStatus())
                .isEqualTo(FindingStatus.CLOSED));
    }

    @Test
    void theBureauDoesNotReviewASelfFoundProblemBeforeSupervisingIt() {
        SupervisionRound round = demoUsers.as("mch.staff", () -> rounds.startSelfInspection(selfInspection("市妇保院自查（审核）")));
        Finding found = demoUsers.as("mch.staff", () -> ownFinding(round, 0));
        demoUsers.as("mch.staff", () -> findings.submitCorrection(found, "已规范登记", LocalDate.now(), List.of()));
        demoUsers.as("coordinator", () -> assertThatThrownBy(() -> findings.verify(findings.find(found.getId()).orElseThrow(), "代为销号", true))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey()).isEqualTo("finding.error.selfFoundFirstSupervise")));
        demoUsers.as("coordinator", () -> {
            SupervisionRound seen = rounds.find(round.getId()).orElseThrow();
            seen.setTitle("改写自查");
            assertThatThrownBy(() -> rounds.save(seen)).isInstanceOf(InvalidFieldException.class);
        });
    }

    private Finding ownFinding(SupervisionRound round, int item) {
        Visit visit = visits.visitOf(round.getId(), testData.institutionId("YQ-MCH"));
        int items = visits.checklistOf(visit).getItems().size();
        for (int position = 0; position < items; position++) {
            visit.putResult(position, position == item ? ItemResult.NON_COMPLIANT : ItemResult.COMPLIANT, null, position == item ? "自查发现问题" : null);
        }
        Visit saved = visits.save(visit);
        Finding draft = findings.draft(saved, item);
        draft.setRequiredCorrection("本机构自行整改");
        return findings.record(draft);
    }

    private SupervisionRound selfInspection(String title) {
        long programId = jdbc.sql("SELECT id FROM program WHERE period_start <= CURRENT_DATE AND period_end >= CURRENT_DATE ORDER BY id LIMIT 1")
                .query(Long.class).single();
        LocalDate programStart = jdbc.sql("SELECT period_start FROM program WHERE id = ?").param(programId).query(LocalDate.class).single();
        SupervisionRound round = new SupervisionRound();
        round.setTitle(title);
        round.setProgramId(programId);
        round.setStartsOn(LocalDate.now().minusDays(7).isBefore(programStart) ? programStart : LocalDate.now().minusDays(7));
        round.setEndsOn(LocalDate.now());
        round.setChecklistTemplateId(rounds.selfInspectionChecklists().getFirst().getId());
        return round;
    }
}
