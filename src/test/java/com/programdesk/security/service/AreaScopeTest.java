package com.programdesk.security.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.programdesk.audit.domain.AuditAction;
import com.programdesk.audit.domain.AuditEvent;
import com.programdesk.audit.domain.AuditFilter;
import com.programdesk.audit.service.AuditService;
import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.institution.domain.Institution;
import com.programdesk.institution.domain.InstitutionFilter;
import com.programdesk.institution.domain.InstitutionSummary;
import com.programdesk.institution.service.InstitutionService;
import com.programdesk.memberevent.domain.MemberEventFilter;
import com.programdesk.memberevent.domain.MemberEventRow;
import com.programdesk.memberevent.service.MemberEventService;
import com.programdesk.program.activities.domain.Activity;
import com.programdesk.program.activities.domain.ActivityFilter;
import com.programdesk.program.activities.domain.ActivityType;
import com.programdesk.program.activities.domain.Audience;
import com.programdesk.program.activities.domain.CalendarEntry;
import com.programdesk.program.plan.domain.Program;
import com.programdesk.program.plan.domain.ProgramStatus;
import com.programdesk.program.calendar.service.ActivityExport;
import com.programdesk.program.activities.service.ActivityService;
import com.programdesk.program.calendar.service.CalendarSubscriptionService;
import com.programdesk.program.plan.service.ProgramService;
import com.programdesk.program.targets.service.TargetService;
import com.programdesk.security.domain.Role;
import com.programdesk.supervision.checklists.service.ChecklistTemplateService;
import com.programdesk.supervision.findings.domain.Finding;
import com.programdesk.supervision.findings.domain.FindingFilter;
import com.programdesk.supervision.findings.domain.FindingSummary;
import com.programdesk.supervision.findings.service.FindingService;
import com.programdesk.supervision.reports.service.RoundReportService;
import com.programdesk.supervision.rounds.domain.RoundSummary;
import com.programdesk.supervision.rounds.domain.SupervisionRound;
import com.programdesk.supervision.rounds.domain.Visit;
import com.programdesk.supervision.rounds.service.RoundService;
import com.programdesk.supervision.rounds.service.VisitService;
import com.programdesk.task.domain.Task;
import com.programdesk.task.domain.TaskFilter;
import com.programdesk.task.domain.TaskSummary;
import com.programdesk.task.service.TaskService;
import com.programdesk.task.service.TaskTable;
import com.programdesk.team.domain.MemberSummary;
import com.programdesk.team.domain.Team;
import com.programdesk.team.domain.TeamKind;
import com.programdesk.team.domain.TeamSummary;
import com.programdesk.team.service.StaffingService;
import com.programdesk.team.service.TeamService;
import com.programdesk.testsupport.DemoUsers;
import com.programdesk.testsupport.ProgramDeskTest;
import com.programdesk.testsupport.TestData;
import com.programdesk.user.domain.AppUser;
import com.programdesk.user.domain.UserChoice;
import com.programdesk.user.domain.UserFilter;
import com.programdesk.user.service.UserService;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * A bureau bound to an area sees and changes its area and what lies below it, nothing beside it —
 * not by URL, not by id in a service call, not through a grid's filter, an export or the calendar
 * feed. 柯桥区's coordinator and 乐清市's never meet; 温州市's viewer reads 乐清市 but not 柯桥区; the
 * unbound administrator sees everything.
 */
@ProgramDeskTest
class AreaScopeTest {

    private static final String PILOT = "乐卫发〔2024〕25号";
    private static final String QIXIAN_PROGRAM = "齐贤分院“早孕关爱行动”工作方案";
    private static final String AIDS_DAY = "“12.1 世界艾滋病日”主题宣传活动";
    private static final String YUEQING_ROUND = "2024年3-4月基本避孕服务项目督导";
    private static final String YUEQING_TASK = "更年期保健专题培训班";
    private static final String QIXIAN_TASK = "设立早孕关爱门诊";
    private static final String YUEQING_TEAM = "亲青服务团队";
    private static final LocalDate DECEMBER_2023 = LocalDate.of(2023, 12, 1);

    @Autowired
    ProgramService programs;
    @Autowired
    TargetService targets;
    @Autowired
    ActivityService activities;
    @Autowired
    ActivityExport export;
    @Autowired
    CalendarSubscriptionService subscriptions;
    @Autowired
    TaskService tasks;
    @Autowired
    TaskTable taskTable;
    @Autowired
    RoundService rounds;
    @Autowired
    VisitService visits;
    @Autowired
    FindingService findings;
    @Autowired
    RoundReportService roundReports;
    @Autowired
    ChecklistTemplateService checklists;
    @Autowired
    TeamService teams;
    @Autowired
    StaffingService staffing;
    @Autowired
    MemberEventService memberEvents;
    @Autowired
    InstitutionService institutions;
    @Autowired
    UserService users;
    @Autowired
    AuditService audit;
    @Autowired
    DemoUsers demoUsers;
    @Autowired
    TestData testData;
    @Autowired
    JdbcClient jdbc;

    // ---- programs and targets

    @Test
    void eachDistrictSeesItsOwnProgramsAndTheCityAboveSeesItsDistricts() {
        long pilot = testData.programId(PILOT);
        long qixian = testData.programIdTitled(QIXIAN_PROGRAM);

        demoUsers.as("keqiao.coordinator", () -> {
            assertThat(programs.search("", PageRequest.of(0, 500))).extracting(Program::getId).contains(qixian).doesNotContain(pilot);
            assertThat(programs.count("乐清市生殖健康促进")).isZero();
            assertThat(programs.find(pilot)).isEmpty();
            assertThat(programs.running()).extracting(Program::getId).doesNotContain(testData.latestActiveProgramId());
            assertThat(programs.sameDocumentNumber(PILOT, null)).isEmpty();
            assertThat(programs.workStreams(pilot)).isEmpty();
            assertThat(targets.targets(pilot)).isEmpty();
            assertThat(targets.progress(pilot)).isEmpty();
        });
        demoUsers.as("coordinator", () -> {
            assertThat(programs.find(qixian)).isEmpty();
            assertThat(programs.search("", PageRequest.of(0, 500))).extracting(Program::getId).contains(pilot).doesNotContain(qixian);
            assertThat(programs.participants(qixian)).isEmpty();
            assertThat(targets.progress(qixian)).isEmpty();
        });
        demoUsers.as("wenzhou.viewer", () -> {
            assertThat(programs.find(pilot)).isPresent();
            assertThat(programs.find(qixian)).isEmpty();
        });
        demoUsers.as("shaoxing.coordinator", () -> assertThat(programs.find(qixian)).isPresent());
        demoUsers.as("admin", () -> assertThat(programs.search("", PageRequest.of(0, 500))).extracting(Program::getId).contains(pilot, qixian));
        demoUsers.as("qixian.staff", () -> assertThat(programs.find(pilot)).as("institution staff read every program, as before").isPresent());
    }

    @Test
    void aDistrictCoordinatorCannotChangeAnotherAreasProgramNorPlanForIt() {
        long pilot = testData.programId(PILOT);
        Program pilotProgram = demoUsers.as("admin", () -> programs.find(pilot).orElseThrow());
        List<String> streams = demoUsers.as("admin", () -> programs.workStreams(pilot)).stream().map(s -> s.getName()).toList();
        LocalDate today = LocalDate.now();

        demoUsers.as("keqiao.coordinator", () -> {
            pilotProgram.setDescription("柯桥区改写的说明");
            assertThatThrownBy(() -> programs.save(pilotProgram, streams)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> programs.changeStatus(pilotProgram, ProgramStatus.CLOSED, "越权关闭")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> programs.setParticipants(pilotProgram, List.of(testData.institutionId("SX-CH-QX"))))
                    .isInstanceOf(AccessDeniedException.class);

            Program forYueqing = new Program(TestData.unique("柯桥区替乐清市定的方案 "), today, today.plusMonths(6));
            forYueqing.setAreaId(testData.areaId("330382"));
            assertThatThrownBy(() -> programs.save(forYueqing, List.of("宣传")))
                    .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                        assertThat(e.field()).isEqualTo("areaId");
                        assertThat(e.messageKey()).isEqualTo("area.error.outsideScope");
                    });

            Program own = programs.save(new Program(TestData.unique("柯桥区自己的方案 "), today, today.plusMonths(6)), List.of("宣传"));
            assertThat(own.getAreaId()).as("a bureau plans for its own area").isEqualTo(testData.areaId("330603"));
        });
        assertThat(jdbc.sql("SELECT description FROM program WHERE id = ?").param(pilot).query(String.class).single())
                .isNotEqualTo("柯桥区改写的说明");
    }

    // ---- activities, the calendar, its exports and the feed

    @Test
    void anotherAreasActivitiesAreNeitherListedNorFoundNorExportedNorInTheFeed() {
        long aidsDay = activityTitled(AIDS_DAY);
        long yueqingAssociation = testData.institutionId("YQ-FPA");
        Activity qixianLecture = demoUsers.as("keqiao.coordinator", () -> activities.save(qixianLecture(TestData.unique("齐贤分院早孕讲座 "))));

        demoUsers.as("keqiao.coordinator", () -> {
            assertThat(activities.find(aidsDay)).isEmpty();
            assertThat(activities.history(aidsDay)).isEmpty();
            LocalDate end = DECEMBER_2023.plusMonths(1).minusDays(1);
            assertThat(activities.dated(DECEMBER_2023, end, ActivityFilter.none())).extracting(CalendarEntry::id).doesNotContain(aidsDay);
            assertThat(activities.countAgenda(DECEMBER_2023, end, new ActivityFilter(null, null, null, yueqingAssociation, null))).isZero();
            assertThat(activities.countAgenda(DECEMBER_2023, end, new ActivityFilter(testData.programId(PILOT), null, null, null, null))).isZero();

            StringWriter ics = new StringWriter();
            export.writeIcs(DECEMBER_2023, end, ActivityFilter.none(), "活动日历", ics);
            assertThat(ics.toString()).doesNotContain("世界艾滋病日");
            ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
            export.writeXlsx(DECEMBER_2023, end, ActivityFilter.none(), key -> key, xlsx);
            assertThat(xlsxText(xlsx)).doesNotContain("世界艾滋病日");

            assertThat(activities.find(qixianLecture.getId())).isPresent();
            assertThat(activities.agenda(LocalDate.now(), LocalDate.now().plusDays(7), ActivityFilter.none(), 0, 500))
                    .extracting(CalendarEntry::id).contains(qixianLecture.getId());
        });
        demoUsers.as("coordinator", () -> {
            assertThat(activities.find(qixianLecture.getId())).isEmpty();
            assertThat(activities.agenda(LocalDate.now(), LocalDate.now().plusDays(7), ActivityFilter.none(), 0, 500))
                    .extracting(CalendarEntry::id).doesNotContain(qixianLecture.getId());
        });
        demoUsers.as("wenzhou.viewer", () -> {
            assertThat(activities.find(aidsDay)).isPresent();
            assertThat(activities.find(qixianLecture.getId())).isEmpty();
        });
        demoUsers.as("shaoxing.coordinator", () -> assertThat(activities.find(qixianLecture.getId())).isPresent());
        demoUsers.as("admin", () -> assertThat(activities.find(aidsDay)).isPresent());
        demoUsers.as("mch.staff", () -> assertThat(activities.find(qixianLecture.getId())).as("staff read the whole calendar, as before").isPresent());
    }

    @Test
    void theCalendarFeedShowsWhatTheCalendarShowsItsOwner() {
        String qixianEvent = "UID:activity-" + demoUsers.as("keqiao.coordinator",
                () -> activities.save(qixianLecture(TestData.unique("齐贤分院订阅测试讲座 ")))).getId() + "@";
        String yueqingEvent = "UID:activity-" + jdbc.sql("""
                SELECT id FROM activity WHERE program_id = ? AND window_end >= ? AND window_start <= ? ORDER BY id LIMIT 1""")
                .params(testData.latestActiveProgramId(), LocalDate.now().minusMonths(2), LocalDate.now().plusMonths(11))
                .query(Long.class).single() + "@";
        String keqiaoFeed = demoUsers.as("keqiao.coordinator", subscriptions::renew);
        String yueqingFeed = demoUsers.as("coordinator", subscriptions::renew);
        try {
            assertThat(subscriptions.feed(keqiaoFeed)).get().asString().contains(qixianEvent).doesNotContain(yueqingEvent);
            assertThat(subscriptions.feed(yueqingFeed)).get().asString().contains(yueqingEvent).doesNotContain(qixianEvent);
        } finally {
            demoUsers.as("keqiao.coordinator", subscriptions::revoke);
            demoUsers.as("coordinator", subscriptions::revoke);
        }
    }

    @Test
    void aDistrictCoordinatorCannotChangeAnotherAreasActivityNorLogOneForItsInstitutions() {
        Activity aidsDay = demoUsers.as("admin", () -> activities.find(activityTitled(AIDS_DAY)).orElseThrow());

        demoUsers.as("keqiao.coordinator", () -> {
            assertThat(activities.canEdit(aidsDay)).isFalse();
            assertThatThrownBy(() -> activities.cancel(aidsDay, "越权取消")).isInstanceOf(AccessDeniedException.class);
            aidsDay.setPlace("柯桥区");
            assertThatThrownBy(() -> activities.save(aidsDay)).isInstanceOf(AccessDeniedException.class);

            Activity inTheirProgram = qixianLecture(TestData.unique("写进乐清市方案的讲座 "));
            inTheirProgram.setProgramId(testData.programId(PILOT));
            assertThatThrownBy(() -> activities.save(inTheirProgram)).isInstanceOf(InvalidFieldException.class);
            Activity byTheirHospital = qixianLecture(TestData.unique("乐清市妇保院的讲座 "));
            byTheirHospital.setOrganiserId(testData.institutionId("YQ-MCH"));
            assertThatThrownBy(() -> activities.save(byTheirHospital)).isInstanceOf(AccessDeniedException.class);
        });
        assertThat(jdbc.sql("SELECT status FROM activity WHERE id = ?").param(aidsDay.getId()).query(String.class).single()).isEqualTo("DONE");
    }

    // ---- tasks and the task decomposition table

    @Test
    void tasksAreSeenByTheAreaOfTheirProgramOrOfTheirLeadInstitution() {
        long qixianTask = taskTitled(QIXIAN_TASK);
        long yueqingTask = taskTitled(YUEQING_TASK);
        long qixianProgram = testData.programIdTitled(QIXIAN_PROGRAM);

        demoUsers.as("coordinator", () -> {
            assertThat(tasks.search(TaskFilter.none(), 0, 1000)).extracting(TaskSummary::title).doesNotContain(QIXIAN_TASK);
            assertThat(tasks.count(new TaskFilter(qixianProgram, null, null, null, null, false, null))).isZero();
            assertThatThrownBy(() -> tasks.find(qixianTask)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> tasks.timeline(qixianTask)).isInstanceOf(AccessDeniedException.class);
            assertThat(taskTable.rows(qixianProgram)).isEmpty();
            ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
            taskTable.writeXlsx(qixianProgram, key -> key, xlsx);
            assertThat(xlsxText(xlsx)).contains("task.field.title").doesNotContain(QIXIAN_TASK);
            assertThat(tasks.search(TaskFilter.none(), 0, 1000)).extracting(TaskSummary::title).contains(YUEQING_TASK);
        });
        demoUsers.as("keqiao.coordinator", () -> {
            assertThat(tasks.find(qixianTask)).isPresent();
            assertThatThrownBy(() -> tasks.find(yueqingTask)).isInstanceOf(AccessDeniedException.class);
            assertThat(tasks.count(new TaskFilter(null, testData.institutionId("YQ-MCH"), null, null, null, false, null))).isZero();
            assertThat(tasks.search(TaskFilter.none(), 0, 1000)).extracting(TaskSummary::title).contains(QIXIAN_TASK).doesNotContain(YUEQING_TASK);
            assertThat(taskTable.rows(testData.latestActiveProgramId())).isEmpty();
            assertThat(taskTable.rows(qixianProgram)).isNotEmpty();
        });
        demoUsers.as("wenzhou.viewer", () -> {
            assertThat(tasks.find(yueqingTask)).isPresent();
            assertThatThrownBy(() -> tasks.find(qixianTask)).isInstanceOf(AccessDeniedException.class);
        });
        demoUsers.as("shaoxing.coordinator", () -> assertThat(tasks.find(qixianTask)).isPresent());
        demoUsers.as("admin", () -> assertThat(tasks.search(TaskFilter.none(), 0, 1000)).extracting(TaskSummary::title).contains(QIXIAN_TASK, YUEQING_TASK));
    }

    @Test
    void aCoordinatorNeitherAssignsToNorDecidesOnAnotherAreasTasks() {
        Task qixianTask = demoUsers.as("admin", () -> tasks.find(taskTitled(QIXIAN_TASK)).orElseThrow());
        long qixianProgram = testData.programIdTitled(QIXIAN_PROGRAM);

        demoUsers.as("coordinator", () -> {
            assertThatThrownBy(() -> tasks.accept(qixianTask, "越权验收")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> tasks.returnForRework(qixianTask, "越权退回")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> tasks.comment(qixianTask, "越权评论")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> tasks.extendDueDate(List.of(qixianTask.getId()), LocalDate.now().plusDays(90)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> tasks.remind(List.of(qixianTask.getId()))).isInstanceOf(AccessDeniedException.class);
        });
        demoUsers.as("keqiao.coordinator", () -> {
            Task toYueqing = new Task(qixianProgram, TestData.unique("派给乐清市的任务 "), LocalDate.now().plusDays(20));
            assertThatThrownBy(() -> tasks.assign(toYueqing, Set.of(testData.institutionId("YQ-MCH"))))
                    .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("leadInstitutionId"));
            Task inTheirProgram = new Task(testData.latestActiveProgramId(), TestData.unique("写进乐清市方案的任务 "), LocalDate.now().plusDays(20));
            assertThatThrownBy(() -> tasks.assign(inTheirProgram, Set.of(testData.institutionId("SX-CH-QX"))))
                    .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("programId"));
        });
        assertThat(jdbc.sql("SELECT status FROM task WHERE id = ?").param(qixianTask.getId()).query(String.class).single())
                .isEqualTo(qixianTask.getStatus().name());
    }

    // ---- supervision: rounds, visits, findings, corrections, reports

    @Test
    void anotherAreasRoundAndItsVisitsFindingsAndReportAreOutOfReach() {
        long round = jdbc.sql("SELECT id FROM supervision_round WHERE title = ?").param(YUEQING_ROUND).query(Long.class).single();
        long finding = jdbc.sql("SELECT id FROM finding WHERE institution_id = ? ORDER BY id LIMIT 1")
                .param(testData.institutionId("YQ-H2")).query(Long.class).single();
        long visit = jdbc.sql("SELECT id FROM visit WHERE institution_id = ? ORDER BY id LIMIT 1")
                .param(testData.institutionId("YQ-MCH")).query(Long.class).single();
        Finding yueqingFinding = demoUsers.as("admin", () -> findings.find(finding).orElseThrow());

        demoUsers.as("keqiao.coordinator", () -> {
            assertThat(rounds.search(0, 500)).extracting(RoundSummary::title).doesNotContain(YUEQING_ROUND);
            assertThat(rounds.find(round)).isEmpty();
            assertThatThrownBy(() -> rounds.visits(round)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> rounds.history(round)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> roundReports.report(round)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> roundReports.writeXlsx(round, key -> key, new ByteArrayOutputStream())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> visits.find(visit)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> visits.visitOf(round, testData.institutionId("YQ-MCH"))).isInstanceOf(AccessDeniedException.class);

            assertThat(findings.search(FindingFilter.none(), 0, 1000)).extracting(FindingSummary::id).doesNotContain(finding);
            assertThat(findings.count(new FindingFilter(null, testData.institutionId("YQ-H2"), null, null, false))).isZero();
            assertThat(findings.count(FindingFilter.none().withRound(round))).isZero();
            assertThatThrownBy(() -> findings.find(finding)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> findings.corrections(finding)).isInstanceOf(AccessDeniedException.class);
            assertThat(findings.canEdit(yueqingFinding)).isFalse();
            assertThatThrownBy(() -> findings.reopen(yueqingFinding, "越权重开")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> findings.returnCorrection(yueqingFinding, "越权退回")).isInstanceOf(AccessDeniedException.class);
        });
        demoUsers.as("wenzhou.viewer", () -> {
            assertThat(rounds.find(round)).isPresent();
            assertThat(findings.find(finding)).isPresent();
            assertThat(roundReports.report(round).lines()).isNotEmpty();
        });
        demoUsers.as("admin", () -> assertThat(rounds.search(0, 500)).extracting(RoundSummary::title).contains(YUEQING_ROUND));
        assertThat(jdbc.sql("SELECT status FROM finding WHERE id = ?").param(finding).query(String.class).single())
                .isEqualTo(yueqingFinding.getStatus().name());
    }

    @Test
    void aDistrictsRoundBelongsToItsAreaAndOnlyItsCoordinatorReviewsTheCorrections() {
        SupervisionRound round = demoUsers.as("keqiao.coordinator", this::qixianRound);
        assertThat(jdbc.sql("SELECT a.code FROM supervision_round r JOIN area a ON a.id = r.area_id WHERE r.id = ?")
                .param(round.getId()).query(String.class).single()).isEqualTo("330603");

        Finding finding = demoUsers.as("keqiao.coordinator", () -> {
            Visit visit = visits.visitOf(round.getId(), testData.institutionId("SX-CH-QX"));
            visit.setVisitDate(LocalDate.now());
            visit.setSummary("早孕门诊登记不全。");
            Visit saved = visits.save(visit);
            Finding draft = findings.draft(saved, 0);
            draft.setRequiredCorrection("补齐早孕门诊登记。");
            return findings.record(draft);
        });
        demoUsers.as("qixian.staff", () -> findings.submitCorrection(findings.find(finding.getId()).orElseThrow(), "已补齐登记。",
                LocalDate.now(), List.of()));

        demoUsers.as("coordinator", () -> {
            assertThat(rounds.find(round.getId())).isEmpty();
            assertThat(rounds.search(0, 500)).extracting(RoundSummary::id).doesNotContain(round.getId());
            Finding submitted = demoUsers.as("admin", () -> findings.find(finding.getId()).orElseThrow());
            assertThatThrownBy(() -> findings.verify(submitted, "越权核实", true)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> findings.record(findings.draft(visitOf(round), 1))).isInstanceOf(AccessDeniedException.class);
        });
        demoUsers.as("shaoxing.coordinator", () -> assertThat(rounds.find(round.getId())).isPresent());
        demoUsers.as("wenzhou.viewer", () -> assertThat(rounds.find(round.getId())).isEmpty());

        Finding closed = demoUsers.as("keqiao.coordinator", () -> findings.verify(findings.find(finding.getId()).orElseThrow(), "现场核实登记已补齐", true));
        assertThat(closed.getStatus().name()).isEqualTo("CLOSED");
        assertThat(notices("keqiao.coordinator", "CORRECTION_SUBMITTED", finding.getId())).isEqualTo(1);
        assertThat(notices("coordinator", "CORRECTION_SUBMITTED", finding.getId())).as("乐清市 does not hear of 柯桥区's findings").isZero();
        assertThat(notices("shaoxing.coordinator", "CORRECTION_SUBMITTED", finding.getId()))
                .as("the city above hears only by escalation").isZero();
    }

    @Test
    void aDistrictPlansRoundsOnlyForItsInstitutionsWithInspectorsOfItsAreaOrAbove() {
        demoUsers.as("keqiao.coordinator", () -> {
            assertThat(users.inspectorCandidates()).extracting(UserChoice::id)
                    .contains(testData.userId("keqiao.coordinator"), testData.userId("shaoxing.coordinator"))
                    .doesNotContain(testData.userId("coordinator"), testData.userId("viewer"), testData.userId("wenzhou.viewer"));
            SupervisionRound round = newQixianRound();
            round.setInstitutionIds(Set.of(testData.institutionId("SX-CH-QX"), testData.institutionId("YQ-MCH")));
            assertThatThrownBy(() -> rounds.save(round)).isInstanceOfSatisfying(InvalidFieldException.class,
                    e -> assertThat(e.field()).isEqualTo("institutions"));
        });
    }

    // ---- teams and staffing

    @Test
    void anotherAreasTeamsAreNeitherListedNorOpenedNorKept() {
        long yueqingTeam = jdbc.sql("SELECT id FROM team WHERE name = ?").param(YUEQING_TEAM).query(Long.class).single();
        long member = jdbc.sql("SELECT id FROM team_member WHERE team_id = ? ORDER BY id LIMIT 1").param(yueqingTeam).query(Long.class).single();
        Team theirTeam = demoUsers.as("admin", () -> teams.team(yueqingTeam).orElseThrow());
        Team ownTeam = demoUsers.as("keqiao.coordinator", () -> {
            Team team = new Team();
            team.setName(TestData.unique("齐贤分院志愿服务队 "));
            team.setKind(TeamKind.VOLUNTEER_SERVICE);
            team.setOwnerInstitutionId(testData.institutionId("SX-CH-QX"));
            return teams.saveTeam(team);
        });

        demoUsers.as("keqiao.coordinator", () -> {
            assertThat(teams.teams(0, 500)).extracting(TeamSummary::name).contains(ownTeam.getName()).doesNotContain(YUEQING_TEAM);
            assertThat(teams.team(yueqingTeam)).isEmpty();
            assertThat(teams.members(yueqingTeam, true, 0, 100)).isEmpty();
            assertThat(teams.member(member)).isEmpty();
            assertThat(teams.candidates("", "", 0, 500)).extracting(MemberSummary::teamId).doesNotContain(yueqingTeam);
            assertThat(teams.canManage(theirTeam)).isFalse();
            assertThatThrownBy(() -> teams.revealPhone(member)).isInstanceOf(AccessDeniedException.class);
            theirTeam.setLeaderName("柯桥区改的队长");
            assertThatThrownBy(() -> teams.saveTeam(theirTeam)).isInstanceOf(AccessDeniedException.class);
            assertThat(staffing.hoursByTeam(2024)).extracting(h -> h.teamName()).doesNotContain(YUEQING_TEAM);
        });
        demoUsers.as("coordinator", () -> {
            assertThat(teams.team(ownTeam.getId())).isEmpty();
            assertThat(teams.teams(0, 500)).extracting(TeamSummary::name).contains(YUEQING_TEAM).doesNotContain(ownTeam.getName());
        });
        demoUsers.as("wenzhou.viewer", () -> assertThat(teams.team(yueqingTeam)).isPresent());
        demoUsers.as("admin", () -> assertThat(teams.teams(0, 500)).extracting(TeamSummary::name).contains(YUEQING_TEAM, ownTeam.getName()));
    }

    // ---- member events

    @Test
    void anotherAreasMemberEventsAndBranchesAreOutOfReach() {
        long event = jdbc.sql("SELECT id FROM member_event WHERE branch_id = ? ORDER BY id LIMIT 1")
                .param(testData.institutionId("YQ-FPA-NT")).query(Long.class).single();
        long nantang = testData.institutionId("YQ-FPA-NT");

        demoUsers.as("keqiao.coordinator", () -> {
            assertThat(memberEvents.search(new MemberEventFilter(null, null), 0, 500)).extracting(MemberEventRow::branchId).doesNotContain(nantang);
            assertThat(memberEvents.count(new MemberEventFilter(null, nantang))).isZero();
            assertThatThrownBy(() -> memberEvents.find(event)).isInstanceOf(AccessDeniedException.class);
            assertThat(memberEvents.branches()).extracting(InstitutionSummary::id).doesNotContain(nantang);
            assertThat(memberEvents.yearFigures(LocalDate.now().getYear())).extracting(f -> f.branchId()).doesNotContain(nantang);
        });
        demoUsers.as("wenzhou.viewer", () -> assertThat(memberEvents.find(event)).isPresent());
    }

    // ---- institutions

    @Test
    void anotherAreasInstitutionsAreNeitherListedNorOpenedNorEdited() {
        long mch = testData.institutionId("YQ-MCH");
        long qixian = testData.institutionId("SX-CH-QX");
        Institution theirs = demoUsers.as("admin", () -> institutions.find(mch).orElseThrow());

        demoUsers.as("keqiao.coordinator", () -> {
            assertThat(institutions.search(InstitutionFilter.activeOnly(), PageRequest.of(0, 500))).extracting(Institution::getCode)
                    .contains("SX-CH-QX").noneMatch(code -> code.startsWith("YQ-"));
            assertThat(institutions.count(InstitutionFilter.activeOnly().withArea(testData.areaId("330382")))).isZero();
            assertThat(institutions.lookup("乐清", 0, 50)).isEmpty();
            assertThat(institutions.namesOf(List.of(mch, qixian))).containsOnlyKeys(qixian);
            assertThatThrownBy(() -> institutions.find(mch)).isInstanceOf(AccessDeniedException.class);
            theirs.setContactPerson("柯桥区改的联系人");
            assertThatThrownBy(() -> institutions.save(theirs)).isInstanceOf(AccessDeniedException.class);
        });
        demoUsers.as("coordinator", () -> assertThatThrownBy(() -> institutions.find(qixian)).isInstanceOf(AccessDeniedException.class));
        demoUsers.as("wenzhou.viewer", () -> assertThat(institutions.search(InstitutionFilter.activeOnly(), PageRequest.of(0, 500)))
                .extracting(Institution::getCode).contains("YQ-MCH").doesNotContain("SX-CH-QX"));
        assertThat(jdbc.sql("SELECT contact_person FROM institution WHERE id = ?").param(mch).query(String.class).single())
                .isNotEqualTo("柯桥区改的联系人");
    }

    // ---- users and the audit log (an administrator bound to 柯桥区)

    @Test
    void aDistrictAdministratorManagesItsPeopleAndReadsTheAuditOfItsAreaOnly() {
        String username = TestData.unique("kqadmin");
        demoUsers.as("admin", () -> {
            AppUser districtAdmin = new AppUser(username, "柯桥区信息科", Role.ADMIN, null);
            districtAdmin.setAreaId(testData.areaId("330603"));
            return users.create(districtAdmin, "A-good-passphrase");
        });
        long qixianProgram = testData.programIdTitled(QIXIAN_PROGRAM);
        long pilot = testData.programId(PILOT);

        demoUsers.as(username, () -> {
            assertThat(users.search(UserFilter.none(), PageRequest.of(0, 500))).extracting(AppUser::getUsername)
                    .contains("keqiao.coordinator", "qixian.staff").doesNotContain("coordinator", "mch.staff", "shaoxing.coordinator", "admin");
            assertThat(users.find(testData.userId("coordinator"))).isEmpty();

            List<AuditEvent> institutionsCreated = audit.search(new AuditFilter(null, AuditAction.CREATE, "Institution", null, null),
                    PageRequest.of(0, 500));
            assertThat(institutionsCreated).extracting(AuditEvent::entityId)
                    .contains(testData.institutionId("SX-CH-QX")).doesNotContain(testData.institutionId("YQ-MCH"));
            List<AuditEvent> programEntries = audit.search(new AuditFilter(null, null, "Program", null, null), PageRequest.of(0, 500));
            assertThat(programEntries).extracting(AuditEvent::entityId).contains(qixianProgram).doesNotContain(pilot);
            assertThat(audit.search(new AuditFilter("coordinator", null, null, null, null), PageRequest.of(0, 500)))
                    .extracting(AuditEvent::actor).doesNotContain("coordinator");
            assertThat(audit.count(new AuditFilter(null, AuditAction.CREATE, "Institution", null, null))).isEqualTo(institutionsCreated.size());
        });
        demoUsers.as("admin", () -> assertThat(audit.search(new AuditFilter(null, null, "Program", null, null), PageRequest.of(0, 2000)))
                .extracting(AuditEvent::entityId).contains(qixianProgram, pilot));
    }

    // ---- helpers

    /** The text of a workbook's sheets and shared strings. */
    private static String xlsxText(ByteArrayOutputStream xlsx) {
        StringBuilder text = new StringBuilder();
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("area-scope", ".xlsx");
            try {
                java.nio.file.Files.write(file, xlsx.toByteArray());
                try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
                    for (java.util.zip.ZipEntry entry : java.util.Collections.list(zip.entries())) {
                        if (entry.getName().endsWith(".xml")) {
                            text.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
                        }
                    }
                }
            } finally {
                java.nio.file.Files.delete(file);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return text.toString();
    }

    /** A lecture at 齐贤分院 in Qixian's program next week (柯桥区's own). */
    private Activity qixianLecture(String title) {
        Activity activity = new Activity(testData.programIdTitled(QIXIAN_PROGRAM), title, ActivityType.LECTURE, testData.institutionId("SX-CH-QX"));
        activity.setAudienceSet(EnumSet.of(Audience.CHILDBEARING_AGE_WOMEN));
        LocalDateTime start = LocalDate.now().plusDays(3).atTime(9, 0);
        activity.schedule(start, start.plusHours(2));
        activity.setPlace("齐贤分院会议室");
        activity.setPlannedAttendance(30);
        return activity;
    }

    private SupervisionRound newQixianRound() {
        SupervisionRound round = new SupervisionRound();
        round.setTitle(TestData.unique("齐贤分院早孕门诊督导 "));
        round.setProgramId(testData.programIdTitled(QIXIAN_PROGRAM));
        round.setStartsOn(LocalDate.now().minusDays(10));
        round.setEndsOn(LocalDate.now().plusDays(10));
        round.setChecklistTemplateId(checklists.latest().getFirst().getId());
        round.setInstitutionIds(Set.of(testData.institutionId("SX-CH-QX")));
        round.setInspectorIds(Set.of(testData.userId("keqiao.coordinator")));
        return round;
    }

    private SupervisionRound qixianRound() {
        return rounds.save(newQixianRound());
    }

    /** 齐贤分院's visit of the round, read as the unbound administrator. */
    private Visit visitOf(SupervisionRound round) {
        return demoUsers.as("admin", () -> visits.visitOf(round.getId(), testData.institutionId("SX-CH-QX")));
    }

    private long activityTitled(String title) {
        return jdbc.sql("SELECT id FROM activity WHERE title = ?").param(title).query(Long.class).single();
    }

    private long taskTitled(String title) {
        return jdbc.sql("SELECT id FROM task WHERE title = ? ORDER BY id LIMIT 1").param(title).query(Long.class).single();
    }

    private long notices(String username, String kind, long findingId) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM notification n JOIN app_user u ON u.id = n.user_id
                WHERE u.username = ? AND n.kind = ? AND n.finding_id = ?""").params(username, kind, findingId).query(Long.class).single();
    }
}
