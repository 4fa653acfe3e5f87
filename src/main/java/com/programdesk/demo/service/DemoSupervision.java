package com.programdesk.demo.service;

import com.programdesk.expertise.domain.CommentTargetKind;
import com.programdesk.expertise.service.CommentService;
import com.programdesk.expertise.service.ExpertiseService;
import com.programdesk.institution.domain.Institution;
import com.programdesk.program.plan.domain.Program;
import com.programdesk.program.plan.service.ProgramService;
import com.programdesk.supervision.checklists.service.ChecklistTemplateService;
import com.programdesk.supervision.findings.domain.EvidenceFile;
import com.programdesk.supervision.findings.domain.Finding;
import com.programdesk.supervision.findings.domain.FindingSeverity;
import com.programdesk.supervision.findings.service.FindingService;
import com.programdesk.supervision.rounds.domain.ItemResult;
import com.programdesk.supervision.rounds.domain.RoundStatus;
import com.programdesk.supervision.rounds.domain.SupervisionRound;
import com.programdesk.supervision.rounds.domain.Visit;
import com.programdesk.supervision.rounds.service.RoundService;
import com.programdesk.supervision.rounds.service.VisitService;
import com.programdesk.user.domain.UserChoice;
import com.programdesk.user.service.UserService;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The pilot's 2024 March–April supervision of basic contraception services (基本避孕服务项目督导):
 * three visits and findings in every state — closed, awaiting review with a photo, returned twice,
 * and open past their due date.
 */
@Component
class DemoSupervision {

    /** Table, timestamp column, and which of its rows belong to supervision. */
    private static final List<String[]> BACKDATED = List.of(new String[] {"supervision_round", "created_at", "TRUE"},
            new String[] {"supervision_round", "updated_at", "TRUE"}, new String[] {"visit", "updated_at", "TRUE"},
            new String[] {"finding", "created_at", "TRUE"}, new String[] {"finding", "updated_at", "TRUE"},
            new String[] {"finding", "closed_at", "TRUE"}, new String[] {"correction", "submitted_at", "TRUE"},
            new String[] {"correction", "reviewed_at", "TRUE"}, new String[] {"attachment", "uploaded_at", "owner_type = 'Correction'"},
            new String[] {"workflow_transition", "occurred_at", "entity_type IN ('Finding', 'SupervisionRound')"},
            new String[] {"comment", "created_at", "TRUE"});

    private final RoundService rounds;
    private final VisitService visits;
    private final FindingService findings;
    private final ChecklistTemplateService checklists;
    private final ProgramService programs;
    private final UserService users;
    private final DemoActors actors;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ExpertiseService expertise;
    private final CommentService comments;

    DemoSupervision(RoundService rounds, VisitService visits, FindingService findings, ChecklistTemplateService checklists,
                    ProgramService programs, UserService users, DemoActors actors, JdbcClient jdbc, Clock clock,
                    ExpertiseService expertise, CommentService comments) {
        this.expertise = expertise;
        this.comments = comments;
        this.jdbc = jdbc;
        this.clock = clock;
        this.rounds = rounds;
        this.visits = visits;
        this.findings = findings;
        this.checklists = checklists;
        this.programs = programs;
        this.users = users;
        this.actors = actors;
    }

    void load(Map<String, Institution> byCode) {
        long mch = byCode.get("YQ-MCH").getId();
        long second = byCode.get("YQ-H2").getId();
        long township = byCode.get("YQ-HQ-HC").getId();
        actors.as("coordinator", () -> {
            Program pilot = programs.search("乐清市生殖健康促进创新试点工作方案", PageRequest.of(0, 1)).getFirst();
            SupervisionRound round = new SupervisionRound();
            round.setTitle("2024年3-4月基本避孕服务项目督导");
            round.setProgramId(pilot.getId());
            round.setStartsOn(LocalDate.of(2024, 3, 1));
            round.setEndsOn(LocalDate.of(2024, 4, 30));
            round.setChecklistTemplateId(checklists.latest().getFirst().getId());
            round.setInstitutionIds(Set.of(mch, second, township));
            round.setInspectorIds(users.inspectorCandidates().stream().map(UserChoice::id).collect(Collectors.toSet()));
            SupervisionRound planned = dated(at(2, 20, 10), () -> rounds.save(round));

            Visit mchVisit = dated(at(3, 19, 16), () -> visit(planned.getId(), mch, LocalDate.of(2024, 3, 19), "药具管理规范，流产后咨询记录不全。",
                    Map.of(2, ItemResult.NON_COMPLIANT, 4, ItemResult.PARTLY), Map.of(2, "10 份病历中 3 份无术后咨询记录", 4, "候诊区资料为 2022 年版")));
            Finding counselling = dated(at(3, 19, 17), () -> finding(mchVisit, 2, FindingSeverity.MAJOR, "补齐术后避孕咨询记录，建立病历质控核查。",
                    LocalDate.of(2024, 4, 3)));
            Finding materials = dated(at(3, 19, 17), () -> finding(mchVisit, 4, FindingSeverity.MINOR, "更换为最新版健康教育资料并建立更新台账。",
                    LocalDate.of(2024, 4, 18)));
            dated(at(3, 29, 10), () -> actors.as("mch.staff", () -> findings.submitCorrection(counselling,
                    "已组织妇产科补录咨询记录，并将术后咨询纳入病历质控。", LocalDate.of(2024, 3, 29), List.of())));
            dated(at(4, 1, 15), () -> findings.verify(current(counselling), "现场复核 10 份病历，记录完整。", true));
            dated(at(4, 12, 11), () -> actors.as("mch.staff", () -> findings.submitCorrection(materials,
                    "已更换候诊区和诊室全部宣传资料，建立季度更新台账。", LocalDate.of(2024, 4, 12), List.of(photo("候诊区宣传资料.png")))));

            Visit secondVisit = dated(at(3, 26, 16), () -> visit(planned.getId(), second, LocalDate.of(2024, 3, 26), "随访和平台上报存在明显短板。",
                    Map.of(3, ItemResult.NON_COMPLIANT, 7, ItemResult.NON_COMPLIANT), Map.of(3, "术后 3 个月随访率仅 40%", 7, "2 月份数据未上报")));
            Finding followUp = dated(at(3, 26, 17), () -> finding(secondVisit, 3, FindingSeverity.MAJOR,
                    "落实术后 1、3、6 个月随访，随访率达到 80% 以上。", LocalDate.of(2024, 4, 10)));
            dated(at(3, 26, 17), () -> finding(secondVisit, 7, FindingSeverity.CRITICAL, "补报 2 月份数据，指定专人负责每月按时上报。",
                    LocalDate.of(2024, 4, 2)));
            dated(at(4, 8, 9), () -> actors.as("second.staff", () -> findings.submitCorrection(followUp, "已安排护士电话随访。",
                    LocalDate.of(2024, 4, 8), List.of())));
            dated(at(4, 9, 14), () -> findings.returnCorrection(current(followUp), "未提供随访登记，随访率无法核实，请补充随访登记表。"));
            dated(at(4, 22, 10), () -> actors.as("second.staff", () -> findings.submitCorrection(current(followUp), "补充了 3 月份随访登记表。",
                    LocalDate.of(2024, 4, 20), List.of())));
            dated(at(4, 24, 16), () -> findings.returnCorrection(current(followUp), "随访率仍不足 80%，请说明改进措施并持续跟踪。"));

            Visit townshipVisit = dated(at(4, 9, 16), () -> visit(planned.getId(), township, LocalDate.of(2024, 4, 9), "基层药具发放点管理需加强。",
                    Map.of(0, ItemResult.NON_COMPLIANT), Map.of(0, "登记本缺少领取人签字")));
            dated(at(4, 9, 17), () -> finding(townshipVisit, 0, FindingSeverity.MINOR, "规范登记，补齐领取人签字。", LocalDate.of(2024, 5, 9)));
            dated(at(4, 30, 17), () -> rounds.move(rounds.find(planned.getId()).orElseThrow(), RoundStatus.REPORTING,
                    "现场督导结束，汇总问题，跟踪整改。"));

            // the expert group: the quality-control centre's expert follows the pilot program and comments
            expertise.setExperts(pilot.getId(), Set.of(users.inspectorCandidates().stream()
                    .filter(u -> u.displayName().equals("质控中心专家")).findFirst().orElseThrow().id()));
            dated(at(4, 2, 9), () -> actors.as("viewer", () -> comments.post(CommentTargetKind.FINDING, counselling.getId(),
                    "建议把术后咨询纳入每月病历质控抽查，抽查比例不低于 10%。@coordinator 请在复查时关注。")));
            long counsellingFix = jdbc.sql("SELECT MAX(id) FROM correction WHERE finding_id = ?").param(counselling.getId())
                    .query(Long.class).single();
            dated(at(4, 2, 10), () -> actors.as("viewer", () -> comments.post(CommentTargetKind.CORRECTION, counsellingFix,
                    "补录的咨询记录内容完整，建议同时在电子病历中设置术后咨询必填项，避免再次遗漏。")));
            dated(at(4, 25, 9), () -> actors.as("viewer", () -> comments.post(CommentTargetKind.FINDING, followUp.getId(),
                    "随访率偏低的主要原因是联系方式登记不全，建议术前核实两个联系电话。")));
            dated(at(5, 6, 15), () -> actors.as("viewer", () -> comments.post(CommentTargetKind.ROUND_REPORT, planned.getId(),
                    "本轮督导问题集中在流产后服务和随访，建议下一轮把随访率列为重点指标。")));
            dated(at(5, 6, 16), () -> actors.as("viewer", () -> comments.post(CommentTargetKind.PROGRAM, pilot.getId(),
                    "试点方案中“流产后关爱”可增加对青少年的专门咨询内容。")));
            selfInspection(pilot);
        });
    }

    /**
     * 机构自查: the MCH hospital checks itself in May, corrects and closes one problem; the bureau turns
     * the other (no service flowchart in the counselling room) into a supervised finding (转为督导问题),
     * whose correction then waits for the bureau's review.
     */
    private void selfInspection(Program pilot) {
        actors.as("mch.staff", () -> {
            SupervisionRound round = new SupervisionRound();
            round.setTitle("2024年5月基本避孕服务机构自查");
            round.setProgramId(pilot.getId());
            round.setStartsOn(LocalDate.of(2024, 5, 6));
            round.setEndsOn(LocalDate.of(2024, 5, 17));
            round.setChecklistTemplateId(rounds.selfInspectionChecklists().getFirst().getId());
            SupervisionRound started = dated(at(5, 6, 9), () -> rounds.startSelfInspection(round));
            long mch = started.institutionIds().iterator().next();
            Visit own = dated(at(5, 8, 16), () -> visit(started.getId(), mch, LocalDate.of(2024, 5, 8), "科室交叉自查，药具与咨询总体规范。",
                    Map.of(1, ItemResult.PARTLY, 5, ItemResult.NON_COMPLIANT), Map.of(1, "药具出入库登记有 2 处涂改", 5, "咨询室未张贴服务流程")));
            Finding register = dated(at(5, 8, 17), () -> finding(own, 1, FindingSeverity.MINOR, "规范出入库登记，更正需签名确认。",
                    LocalDate.of(2024, 5, 31)));
            Finding flowchart = dated(at(5, 8, 17), () -> finding(own, 5, FindingSeverity.MINOR, "在咨询室张贴流产后关爱服务流程图。",
                    LocalDate.of(2024, 6, 15)));
            dated(at(5, 13, 10), () -> findings.submitCorrection(register, "已重新培训药具管理员，涂改处补签并说明。", LocalDate.of(2024, 5, 13),
                    List.of()));
            dated(at(5, 14, 9), () -> findings.closeOwn(current(register), "护理部复核登记本，已规范。"));
            supervised(flowchart);
        });
    }

    /**
     * The bureau turns the self-found flowchart problem into a supervised finding due 31 May 2024 (the service
     * takes due dates from today on, so the demo dates it back), and the hospital submits its correction.
     */
    private void supervised(Finding flowchart) {
        actors.as("coordinator", () -> dated(at(5, 20, 10), () -> {
            findings.supervise(current(flowchart), LocalDate.now(clock).plusDays(30),
                    "流程图是服务告知的基本要求，转为督导问题，请于 5 月 31 日前整改并上传张贴照片。");
            jdbc.sql("UPDATE finding SET due_date = ? WHERE id = ?").params(LocalDate.of(2024, 5, 31), flowchart.getId()).update();
        }));
        dated(at(5, 28, 15), () -> findings.submitCorrection(current(flowchart), "已在咨询室和候诊区张贴流产后关爱服务流程图。",
                LocalDate.of(2024, 5, 27), List.of(photo("服务流程图张贴.png"))));
    }

    private static LocalDateTime at(int month, int day, int hour) {
        return LocalDateTime.of(2024, month, day, hour, 0);
    }

    /**
     * Runs one demo step, then dates what it wrote back to when the step happened in 2024, so the
     * timelines read like the real round. (The audit log keeps the real time: it is append-only.)
     */
    private <T> T dated(LocalDateTime when, Supplier<T> step) {
        LocalDateTime started = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        T result = step.get();
        for (String[] column : BACKDATED) {
            jdbc.sql("UPDATE " + column[0] + " SET " + column[1] + " = ? WHERE " + column[1] + " >= ? AND " + column[2])
                    .params(when, started).update();
        }
        return result;
    }

    private void dated(LocalDateTime when, Runnable step) {
        dated(when, () -> {
            step.run();
            return null;
        });
    }

    private Visit visit(long roundId, long institutionId, LocalDate day, String summary, Map<Integer, ItemResult> problems,
                        Map<Integer, String> notes) {
        Visit visit = visits.visitOf(roundId, institutionId);
        visit.setVisitDate(day);
        visit.setSummary(summary);
        int items = visits.checklistOf(visit).getItems().size();
        for (int position = 0; position < items; position++) {
            ItemResult result = problems.getOrDefault(position, ItemResult.COMPLIANT);
            Integer points = visits.checklistOf(visit).item(position).maxScore();
            Integer score = points == null ? null : switch (result) {
                case COMPLIANT -> points;
                case PARTLY -> points / 2;
                default -> 0;
            };
            visit.putResult(position, result, score, notes.get(position));
        }
        return visits.save(visit);
    }

    private Finding finding(Visit visit, int item, FindingSeverity severity, String required, LocalDate due) {
        Finding finding = findings.draft(visit, item);
        finding.setSeverity(severity);
        finding.setRequiredCorrection(required);
        finding.setDueDate(due);
        return findings.record(finding);
    }

    private Finding current(Finding finding) {
        return findings.find(finding.getId()).orElseThrow();
    }

    /** A small picture standing in for a photo taken after the correction. */
    private static EvidenceFile photo(String name) {
        try {
            BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setColor(new Color(0xDDEBEC));
            g.fillRect(0, 0, 320, 200);
            g.setColor(new Color(0x1A7F86));
            g.fillRect(40, 40, 240, 120);
            g.dispose();
            Path file = Files.createTempFile("demo-evidence", ".png");
            ImageIO.write(image, "png", file.toFile());
            file.toFile().deleteOnExit();
            return new EvidenceFile(name, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
