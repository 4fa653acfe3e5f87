package com.programdesk.supervision.findings.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.programdesk.attachment.domain.Attachment;
import com.programdesk.attachment.service.AttachmentService;
import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.supervision.checklists.domain.ChecklistItem;
import com.programdesk.supervision.checklists.domain.ChecklistTemplate;
import com.programdesk.supervision.checklists.service.ChecklistTemplateService;
import com.programdesk.supervision.findings.domain.Correction;
import com.programdesk.supervision.findings.domain.EvidenceFile;
import com.programdesk.supervision.findings.domain.Finding;
import com.programdesk.supervision.findings.domain.FindingSeverity;
import com.programdesk.supervision.findings.domain.FindingStatus;
import com.programdesk.supervision.reports.domain.RoundReport;
import com.programdesk.supervision.reports.domain.RoundReportLine;
import com.programdesk.supervision.reports.service.RoundReportService;
import com.programdesk.supervision.rounds.domain.ItemResult;
import com.programdesk.supervision.rounds.domain.SupervisionRound;
import com.programdesk.supervision.rounds.domain.Visit;
import com.programdesk.supervision.rounds.service.RoundService;
import com.programdesk.supervision.rounds.service.VisitService;
import com.programdesk.testsupport.DemoUsers;
import com.programdesk.testsupport.ProgramDeskTest;
import com.programdesk.testsupport.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** The correction loop per role through the services: record, correct, return, resubmit, verify, reopen; evidence access; reports. */
@ProgramDeskTest
class CorrectionLoopTest {

    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @Autowired
    RoundService rounds;
    @Autowired
    VisitService visits;
    @Autowired
    FindingService findings;
    @Autowired
    ChecklistTemplateService checklists;
    @Autowired
    RoundReportService reports;
    @Autowired
    AttachmentService attachments;
    @Autowired
    DemoUsers demoUsers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestData testData;

    @Test
    void aFindingTravelsToTheHospitalIsReturnedResubmittedVerifiedAndReopened() throws IOException {
        SupervisionRound round = plannedRound("乐清市妇幼保健院督导（闭环）", "YQ-MCH");
        Finding finding = recordedFinding(round, "YQ-MCH", 2);
        assertThat(finding.getStatus()).isEqualTo(FindingStatus.OPEN);
        assertThat(finding.getCategory()).isEqualTo("流产后服务");

        demoUsers.as("second.staff", () -> assertThatThrownBy(() -> findings.find(finding.getId()))
                .isInstanceOf(AccessDeniedException.class));
        demoUsers.as("mch.staff", () -> {
            assertThat(findings.inbox(0, 50)).anySatisfy(f -> assertThat(f.id()).isEqualTo(finding.getId()));
            assertThatThrownBy(() -> findings.submitCorrection(finding, " ", LocalDate.now(), List.of()))
                    .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("measures"));
            assertThatThrownBy(() -> findings.submitCorrection(finding, "已整改", LocalDate.now().plusDays(1), List.of()))
                    .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey()).isEqualTo("correction.error.completedInFuture"));
        });
        assertThat(correctionsOf(finding)).isZero();

        Correction first = demoUsers.as("mch.staff", () -> findings.submitCorrection(current(finding), "补录咨询记录", LocalDate.now(),
                List.of(new EvidenceFile("登记本.png", png()))));
        demoUsers.as("coordinator", () -> {
            assertThatThrownBy(() -> findings.returnCorrection(current(finding), " "))
                    .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("reason"));
            findings.returnCorrection(current(finding), "缺少质控核查记录");
        });
        demoUsers.as("mch.staff", () -> findings.submitCorrection(current(finding), "补充质控核查记录", LocalDate.now(),
                List.of(new EvidenceFile("质控记录.png", png()))));
        Correction second = demoUsers.as("coordinator", () -> findings.corrections(finding.getId()).getLast());
        assertThat(second.getId()).isNotEqualTo(first.getId());

        demoUsers.as("coordinator", () -> {
            assertThatThrownBy(() -> findings.verify(current(finding), null, false))
                    .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey()).isEqualTo("correction.error.evidenceNotOpened"));
            assertThatThrownBy(() -> findings.verify(current(finding), " ", true))
                    .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey()).isEqualTo("correction.error.noEvidenceReason"));
            Attachment evidence = attachments.of(FindingService.EVIDENCE, second.getId()).getFirst();
            attachments.open(evidence.id());
            assertThat(findings.verify(current(finding), "核查通过", false).getStatus()).isEqualTo(FindingStatus.CLOSED);
        });
        demoUsers.as("coordinator", () -> {
            Finding closed = current(finding);
            closed.setDescription("改写已销号的问题");
            assertThatThrownBy(() -> findings.update(closed)).isInstanceOf(InvalidFieldException.class);
            assertThatThrownBy(() -> findings.reopen(current(finding), "")).isInstanceOf(InvalidFieldException.class);
            assertThat(findings.reopen(current(finding), "复查发现问题反弹").getStatus()).isEqualTo(FindingStatus.OPEN);
        });

        assertThat(jdbc.sql("SELECT to_state FROM workflow_transition WHERE entity_type = 'Finding' AND entity_id = ? ORDER BY id")
                .param(finding.getId()).query(String.class).list())
                .containsExactly("OPEN", "SUBMITTED", "OPEN", "SUBMITTED", "CLOSED", "OPEN");
        assertThat(demoUsers.as("coordinator", () -> current(finding)).getReturnCount()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'Finding' AND entity_id = ? AND changed_fields LIKE '%复查发现问题反弹%'")
                .param(finding.getId()).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT kind FROM notification WHERE finding_id = ?").param(finding.getId()).query(String.class).list())
                .contains("FINDING_RECORDED", "CORRECTION_SUBMITTED", "FINDING_RETURNED", "FINDING_REOPENED");
    }

    @Test
    void onlyTheFindingsInstitutionSubmitsOnlyCoordinatorsReviewAndEvidenceStaysWithTheFinding() throws IOException {
        SupervisionRound round = plannedRound("乐清市第二人民医院督导（权限）", "YQ-H2");
        Finding finding = recordedFinding(round, "YQ-H2", 7);
        demoUsers.as("mch.staff", () -> assertThatThrownBy(() -> findings.submitCorrection(finding, "越权", LocalDate.now(), List.of()))
                .isInstanceOf(AccessDeniedException.class));
        demoUsers.as("coordinator", () -> assertThatThrownBy(() -> findings.submitCorrection(finding, "代为整改", LocalDate.now(), List.of()))
                .isInstanceOf(AccessDeniedException.class));
        Correction correction = demoUsers.as("second.staff", () -> findings.submitCorrection(finding, "已补报", LocalDate.now(),
                List.of(new EvidenceFile("上报截图.png", png()))));
        long evidenceId = demoUsers.as("second.staff", () -> attachments.of(FindingService.EVIDENCE, correction.getId()).getFirst().id());

        demoUsers.as("mch.staff", () -> assertThatThrownBy(() -> attachments.open(evidenceId)).isInstanceOf(AccessDeniedException.class));
        demoUsers.as("viewer", () -> {
            assertThat(attachments.open(evidenceId).fileName()).isEqualTo("上报截图.png");
            assertThatThrownBy(() -> findings.verify(current(finding), "专家不能销号", true)).isInstanceOf(AccessDeniedException.class);
        });
        demoUsers.as("second.staff", () -> assertThatThrownBy(() -> findings.verify(current(finding), "自己销号", true))
                .isInstanceOf(AccessDeniedException.class));
        jdbc.sql("UPDATE correction SET submitted_by = 'coordinator' WHERE id = ?").param(correction.getId()).update();
        demoUsers.as("coordinator", () -> assertThatThrownBy(() -> findings.verify(current(finding), "四眼原则", true))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey()).isEqualTo("correction.error.ownSubmission")));
    }

    @Test
    void aStaleCopyIsRefusedAndTheOtherChangeSurvives() {
        SupervisionRound round = plannedRound("乐清市妇幼保健院督导（并发）", "YQ-MCH");
        Finding finding = recordedFinding(round, "YQ-MCH", 4);
        demoUsers.as("coordinator", () -> {
            Finding mine = current(finding);
            Finding theirs = current(finding);
            theirs.setDueDate(theirs.getDueDate().plusDays(5));
            findings.update(theirs);
            mine.setDescription("过期的修改");
            assertThatThrownBy(() -> findings.update(mine)).isInstanceOf(OptimisticLockingFailureException.class);
            assertThat(current(finding).getDueDate()).isEqualTo(theirs.getDueDate());
        });
    }

    @Test
    void changingATemplateSavesANewVersionAndRecordedVisitsKeepTheirItems() {
        SupervisionRound round = plannedRound("模板版本督导", "YQ-MCH");
        Visit visit = recordedVisit(round, "YQ-MCH", 0);
        demoUsers.as("coordinator", () -> {
            ChecklistTemplate before = checklists.find(visit.getChecklistTemplateId()).orElseThrow();
            List<ChecklistItem> changed = new java.util.ArrayList<>(before.getItems());
            changed.set(0, new ChecklistItem("药具管理", "改写后的第一项", null, 5));
            changed.add(new ChecklistItem("新增类别", "新增检查项", null, null));
            ChecklistTemplate next = checklists.revise(before, before.getName(), changed);
            assertThat(next.getVersionNo()).isEqualTo(before.getVersionNo() + 1);
            assertThat(checklists.latest()).extracting(ChecklistTemplate::getId).contains(next.getId()).doesNotContain(before.getId());
            assertThat(visits.checklistOf(visits.find(visit.getId()).orElseThrow()).item(0).text()).isEqualTo(before.item(0).text());
            assertThat(visits.checklistOf(visits.find(visit.getId()).orElseThrow()).getItems()).hasSize(before.getItems().size());
            assertThatThrownBy(() -> checklists.revise(before, "再次基于旧版本修改", changed)).isInstanceOf(OptimisticLockingFailureException.class);
            assertThatThrownBy(() -> checklists.revise(next, next.getName(), List.of(new ChecklistItem(" ", "缺类别", null, null))))
                    .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey()).isEqualTo("checklist.error.itemIncomplete"));
            checklists.revise(next, before.getName(), before.getItems());
        });
    }

    @Test
    void theRoundReportCountsChecksFindingsClosureAndOverdueAsOfToday() {
        SupervisionRound round = plannedRound("报告口径督导", "YQ-MCH", "YQ-H2");
        Visit mch = recordedVisit(round, "YQ-MCH", 2, 4);
        Finding late = finding(mch, 2, LocalDate.now().minusDays(1).isBefore(mch.getVisitDate()) ? mch.getVisitDate() : LocalDate.now().minusDays(1));
        Finding fixed = finding(mch, 4, LocalDate.now().plusDays(10));
        demoUsers.as("mch.staff", () -> findings.submitCorrection(fixed, "已更换资料", LocalDate.now(), List.of()));
        demoUsers.as("coordinator", () -> findings.verify(current(fixed), "现场确认", true));

        RoundReport report = demoUsers.as("viewer", () -> reports.report(round.getId()));
        RoundReportLine mchLine = report.lines().stream().filter(l -> l.institutionName().equals("乐清市妇幼保健院")).findFirst().orElseThrow();
        int items = demoUsers.as("coordinator", () -> visits.checklistOf(mch).getItems().size());
        assertThat(mchLine.itemsChecked()).isEqualTo(items);
        assertThat(mchLine.nonCompliant()).isEqualTo(2);
        assertThat(mchLine.compliant()).isEqualTo(items - 2);
        assertThat(mchLine.findings()).isEqualTo(2);
        assertThat(mchLine.closed()).isEqualTo(1);
        assertThat(mchLine.closureRate()).isEqualTo(50.0);
        assertThat(mchLine.overdue()).isEqualTo(late.getDueDate().isBefore(LocalDate.now()) ? 1 : 0);
        RoundReportLine second = report.lines().stream().filter(l -> l.institutionName().equals("乐清市第二人民医院")).findFirst().orElseThrow();
        assertThat(second.itemsChecked()).isZero();
        assertThat(second.complianceRate()).isNull();
        assertThat(report.totals().findings()).isEqualTo(2);
        assertThat(report.totals().severity(FindingSeverity.MAJOR)).isEqualTo(2);
        demoUsers.as("mch.staff", () -> assertThatThrownBy(() -> reports.report(round.getId())).isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void visitsAreRecordedOnlyByInspectorsWithinTheRoundAndNotInTheFuture() {
        SupervisionRound round = plannedRound("检查记录规则督导", "YQ-MCH");
        demoUsers.as("coordinator", () -> {
            Visit visit = visits.visitOf(round.getId(), testData.institutionId("YQ-MCH"));
            visit.setVisitDate(LocalDate.now().plusDays(1));
            assertThatThrownBy(() -> visits.save(visit))
                    .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey()).isEqualTo("visit.error.future"));
            visit.setVisitDate(round.getStartsOn().minusDays(1));
            assertThatThrownBy(() -> visits.save(visit))
                    .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey()).isEqualTo("visit.error.outsideRound"));
            assertThatThrownBy(() -> visits.visitOf(round.getId(), testData.institutionId("YQ-H2"))).isInstanceOf(AccessDeniedException.class);
        });
        demoUsers.as("mch.staff", () -> assertThatThrownBy(() -> visits.visitOf(round.getId(), testData.institutionId("YQ-MCH")))
                .isInstanceOf(AccessDeniedException.class));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM visit WHERE supervision_round_id = ?").param(round.getId()).query(Integer.class).single()).isZero();
    }

    @Test
    void theDemoRoundHasFindingsInEveryStateSomeOverdueAndOneReturnedTwice() {
        List<String> states = jdbc.sql("""
                SELECT DISTINCT f.status FROM finding f JOIN supervision_round r ON r.id = f.supervision_round_id
                WHERE r.title = '2024年3-4月基本避孕服务项目督导'""").query(String.class).list();
        assertThat(states).containsExactlyInAnyOrder("OPEN", "SUBMITTED", "CLOSED");
        assertThat(jdbc.sql("SELECT MAX(return_count) FROM finding").query(Integer.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM finding WHERE status <> 'CLOSED' AND due_date < CURRENT_DATE").query(Integer.class).single())
                .isPositive();
    }

    @Test
    void aFindingsTimeToCorrectCountsFromTheVisitNotFromTheDayItIsTypedIn() {
        SupervisionRound round = plannedRound("补录问题督导", "YQ-MCH");
        Finding draft = demoUsers.as("coordinator", () -> {
            Visit visit = visits.visitOf(round.getId(), testData.institutionId("YQ-MCH"));
            visit.setVisitDate(round.getStartsOn());
            return findings.draft(visits.save(visit), null);
        });
        assertThat(draft.getDueDate()).isEqualTo(round.getStartsOn().plusDays(15));
    }

    private SupervisionRound plannedRound(String title, String... institutionCodes) {
        return demoUsers.as("coordinator", () -> {
            SupervisionRound round = new SupervisionRound();
            round.setTitle(title);
            round.setProgramId(jdbc.sql("SELECT id FROM program WHERE period_start <= CURRENT_DATE AND period_end >= CURRENT_DATE ORDER BY id LIMIT 1")
                    .query(Long.class).single());
            round.setStartsOn(LocalDate.now().minusDays(7).isBefore(programStart(round.getProgramId())) ? programStart(round.getProgramId())
                    : LocalDate.now().minusDays(7));
            round.setEndsOn(LocalDate.now());
            round.setChecklistTemplateId(checklists.latest().getFirst().getId());
            round.setInstitutionIds(java.util.Arrays.stream(institutionCodes).map(testData::institutionId).collect(java.util.stream.Collectors.toSet()));
            round.setInspectorIds(Set.of(testData.userId("coordinator")));
            return rounds.save(round);
        });
    }

    private LocalDate programStart(long programId) {
        return jdbc.sql("SELECT period_start FROM program WHERE id = ?").param(programId).query(LocalDate.class).single();
    }

    private Visit recordedVisit(SupervisionRound round, String code, int... nonCompliant) {
        return demoUsers.as("coordinator", () -> {
            Visit visit = visits.visitOf(round.getId(), testData.institutionId(code));
            int items = visits.checklistOf(visit).getItems().size();
            for (int position = 0; position < items; position++) {
                int p = position;
                boolean bad = java.util.Arrays.stream(nonCompliant).anyMatch(n -> n == p);
                visit.putResult(position, bad ? ItemResult.NON_COMPLIANT : ItemResult.COMPLIANT, null, bad ? "现场发现问题" : null);
            }
            return visits.save(visit);
        });
    }

    private Finding recordedFinding(SupervisionRound round, String code, int item) {
        return finding(recordedVisit(round, code, item), item, LocalDate.now().plusDays(15));
    }

    private Finding finding(Visit visit, int item, LocalDate due) {
        return demoUsers.as("coordinator", () -> {
            Finding draft = findings.draft(visit, item);
            draft.setRequiredCorrection("按要求整改并上传佐证");
            draft.setDueDate(due);
            return findings.record(draft);
        });
    }

    private Finding current(Finding finding) {
        return findings.find(finding.getId()).orElseThrow();
    }

    private int correctionsOf(Finding finding) {
        return jdbc.sql("SELECT COUNT(*) FROM correction WHERE finding_id = ?").param(finding.getId()).query(Integer.class).single();
    }

    private static Path png() {
        try {
            Path file = Files.createTempFile("evidence", ".png");
            Files.write(file, PNG);
            return file;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
