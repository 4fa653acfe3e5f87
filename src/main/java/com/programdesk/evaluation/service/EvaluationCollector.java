package com.programdesk.evaluation.service;

import com.programdesk.evaluation.domain.EvaluationCase;
import com.programdesk.practice.service.GoodPracticeService;
import com.programdesk.evaluation.domain.EvaluationReport;
import com.programdesk.evaluation.domain.EvaluationReport.ActivityLine;
import com.programdesk.evaluation.domain.EvaluationReport.IndicatorLine;
import com.programdesk.evaluation.domain.EvaluationReport.MemberWork;
import com.programdesk.evaluation.domain.EvaluationReport.MonthValue;
import com.programdesk.evaluation.domain.EvaluationReport.OpenFinding;
import com.programdesk.evaluation.domain.EvaluationReport.OverdueTask;
import com.programdesk.evaluation.domain.EvaluationReport.Overview;
import com.programdesk.evaluation.domain.EvaluationReport.Problems;
import com.programdesk.evaluation.domain.EvaluationReport.RoundLine;
import com.programdesk.evaluation.domain.EvaluationReport.Supervision;
import com.programdesk.evaluation.domain.EvaluationReport.TargetLine;
import com.programdesk.evaluation.domain.EvaluationReport.TrainingLine;
import com.programdesk.program.activities.domain.ActivityType;
import com.programdesk.program.plan.domain.Program;
import com.programdesk.program.plan.service.ProgramScope;
import com.programdesk.program.targets.domain.ReportedFigures;
import com.programdesk.program.targets.domain.ReportedIndicator;
import com.programdesk.program.targets.domain.TargetProgress;
import com.programdesk.program.targets.service.TargetService;
import com.programdesk.security.service.AreaScope;
import com.programdesk.security.service.CurrentUser;
import com.programdesk.statistics.catalog.domain.Frequency;
import com.programdesk.statistics.reporting.service.CompletenessService;
import com.programdesk.supervision.findings.domain.FindingSeverity;
import com.programdesk.supervision.findings.domain.FindingStatus;
import com.programdesk.task.domain.TaskStatus;
import com.programdesk.team.service.StaffingService;
import com.programdesk.training.domain.TraineeResult;
import com.programdesk.training.service.TrainingService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Collects the figures of a program's evaluation report over a period, section by section, as the logged-in user may see them:
 * a user bound to an area reads the work of its institutions only (activities they organised, rounds and findings at them,
 * their trainings, branches, tasks and reports). Each section is read with a few aggregate queries, never a query per row;
 * targets and reported indicators come from the target service, trainees' results from the training service.
 */
@Component
class EvaluationCollector {

    /** The sections collected one after the other: {@link #collect} calls back after each. */
    static final int SECTIONS = 8;
    static final int LIST_LIMIT = 50;

    private final TargetService targets;
    private final TrainingService trainings;
    private final ProgramScope programScope;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final GoodPracticeService practices;

    EvaluationCollector(TargetService targets, TrainingService trainings, ProgramScope programScope, CurrentUser currentUser,
                        JdbcClient jdbc, Clock clock, GoodPracticeService practices) {
        this.practices = practices;
        this.targets = targets;
        this.trainings = trainings;
        this.programScope = programScope;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The report of the program over [from, to]; {@code step} runs after each of the {@link #SECTIONS} sections. */
    EvaluationReport collect(Program program, LocalDate from, LocalDate to, Runnable step) {
        Scope scope = new Scope(currentUser.areaPattern());
        LocalDate today = LocalDate.now(clock);
        Overview overview = overview(program, from, to, scope, today);
        step.run();
        List<TargetLine> targetLines = targets(program, today.isBefore(to) ? today : to);
        step.run();
        List<ActivityLine> activities = activities(program.getId(), from, to, scope);
        step.run();
        List<TrainingLine> trainingLines = trainings(program.getId(), from, to, scope);
        step.run();
        Supervision supervision = supervision(program.getId(), from, to, scope, today);
        step.run();
        List<IndicatorLine> indicators = indicators(program.getId(), from, to);
        step.run();
        MemberWork memberWork = memberWork(program.getId(), from, to, scope);
        step.run();
        Problems problems = problems(program.getId(), from, to, scope, today);
        step.run();
        return new EvaluationReport(overview, targetLines, activities, trainingLines, supervision, indicators, memberWork, problems,
                cases(program.getId(), from, to));
    }

    /** 9 典型案例: the program's cases the bureau recommended within the period, as far as the requester reads them. */
    List<EvaluationCase> cases(long programId, LocalDate from, LocalDate to) {
        return practices.recommendedFor(programId, from, to).stream()
                .map(p -> new EvaluationCase(p.title(), p.institutionName(), p.summary()))
                .toList();
    }

    private Overview overview(Program program, LocalDate from, LocalDate to, Scope scope, LocalDate today) {
        String scopeName = scope.pattern() == null ? null : jdbc.sql(
                        "SELECT a.name_zh FROM area a WHERE a.path LIKE :scope ORDER BY LENGTH(a.path), a.id LIMIT 1")
                .param("scope", scope.pattern()).query(String.class).optional().orElse(null);
        return new Overview(program.getTitle(), program.getDocumentNumber(), program.getIssuers(), from, to, program.getLeadName(),
                program.getContactName(), scopeName, today.isBefore(to) ? today : to);
    }

    /** 2: the targets as they stood at the end of the period (or today): done by then, against what was due by then. */
    private List<TargetLine> targets(Program program, LocalDate asOf) {
        return targets.progressAsOf(program, asOf).stream().map(EvaluationCollector::targetLine).toList();
    }

    private static TargetLine targetLine(TargetProgress progress) {
        BigDecimal achieved = progress.withheld() ? null : progress.actual();
        return new TargetLine(progress.target().getName(), progress.target().getUnit(), progress.target().getTargetValue(), achieved,
                TargetLine.percent(progress.target().getTargetValue(), achieved), progress.status().messageKey());
    }

    /** 3: done activities by type and month of the day they took place (or their window's start), with the attendance logged. */
    private List<ActivityLine> activities(long programId, LocalDate from, LocalDate to, Scope scope) {
        Map<String, Object> params = params(programId, from, to, scope);
        return jdbc.sql("""
                SELECT a.type, YEAR(COALESCE(DATE(a.starts_at), a.window_start)) AS y, MONTH(COALESCE(DATE(a.starts_at), a.window_start)) AS m,
                       COUNT(*) AS n, COALESCE(SUM(a.actual_attendance), 0) AS attendance
                FROM activity a
                WHERE a.program_id = :program AND a.status = 'DONE'
                  AND COALESCE(DATE(a.starts_at), a.window_start) BETWEEN :from AND :to""" + scope.on("a.organiser_id") + " " + """
                 GROUP BY a.type, y, m ORDER BY y, m, a.type""")
                .params(params)
                .query((rs, row) -> new ActivityLine(ActivityType.valueOf(rs.getString("type")).messageKey(),
                        YearMonth.of(rs.getInt("y"), rs.getInt("m")), rs.getInt("n"), rs.getLong("attendance")))
                .list();
    }

    /** 4: trainings held in the period (not cancelled) with their trainees' results (one training's roster read at a time). */
    private List<TrainingLine> trainings(long programId, LocalDate from, LocalDate to, Scope scope) {
        record Held(long id, String title, @Nullable LocalDate day) {
        }
        List<Held> held = jdbc.sql("""
                SELECT a.id, a.title, DATE(a.starts_at) AS day FROM activity a
                WHERE a.program_id = :program AND a.type = 'TRAINING' AND a.status <> 'CANCELLED'
                  AND COALESCE(DATE(a.starts_at), a.window_start) BETWEEN :from AND :to""" + scope.on("a.organiser_id") + " " + """
                 ORDER BY COALESCE(a.starts_at, a.window_start), a.id""")
                .params(params(programId, from, to, scope))
                .query((rs, row) -> new Held(rs.getLong("id"), rs.getString("title"), rs.getObject("day", LocalDate.class)))
                .list();
        return held.stream().map(training -> {
            List<TraineeResult> results = trainings.results(training.id());
            int sessions = results.isEmpty() ? trainings.sessions(training.id()).size() : results.getFirst().sessions();
            double hours = results.stream().mapToDouble(TraineeResult::hours).sum();
            return new TrainingLine(training.title(), training.day(), sessions, results.size(),
                    (int) results.stream().filter(TraineeResult::passed).count(), Math.round(hours * 10) / 10.0);
        }).toList();
    }

    /** 5: supervision rounds (not self-inspections) overlapping the period, with their findings at the institutions in scope. */
    private Supervision supervision(long programId, LocalDate from, LocalDate to, Scope scope, LocalDate today) {
        Map<String, Object> params = params(programId, from, to, scope);
        params.put("today", today);
        String roundInScope = scope.pattern() == null ? ""
                : " AND EXISTS (SELECT 1 FROM round_institution si WHERE si.supervision_round_id = r.id AND si.institution_id IN "
                + AreaScope.institutions("scope") + ")";
        List<RoundLine> rounds = jdbc.sql("""
                SELECT r.title, r.starts_on, r.ends_on,
                       (SELECT COUNT(*) FROM round_institution ri WHERE ri.supervision_round_id = r.id""" + scope.on("ri.institution_id") + " " + """
                       ) AS institutions,
                       COUNT(f.id) AS findings, COALESCE(SUM(f.status = 'OPEN'), 0) AS open_findings,
                       COALESCE(SUM(f.status = 'SUBMITTED'), 0) AS submitted, COALESCE(SUM(f.status = 'CLOSED'), 0) AS closed,
                       COALESCE(SUM(f.status <> 'CLOSED' AND f.due_date < :today), 0) AS overdue
                FROM supervision_round r LEFT JOIN finding f ON f.supervision_round_id = r.id""" + scope.on("f.institution_id") + " " + """
                 WHERE r.program_id = :program AND r.kind = 'SUPERVISION' AND r.starts_on <= :to AND r.ends_on >= :from""" + roundInScope + " " + """
                 GROUP BY r.id, r.title, r.starts_on, r.ends_on ORDER BY r.starts_on, r.id""")
                .params(params)
                .query((rs, row) -> new RoundLine(rs.getString("title"), rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class), rs.getInt("institutions"), rs.getInt("findings"),
                        rs.getInt("open_findings"), rs.getInt("submitted"), rs.getInt("closed"), rs.getInt("overdue")))
                .list();
        return new Supervision(rounds);
    }

    /** 6: the reported indicators the program has targets on, as those targets read them. */
    private List<IndicatorLine> indicators(long programId, LocalDate from, LocalDate to) {
        List<ReportedFigures> figures = targets.reportedFigures(programId, from, to);
        if (figures.isEmpty()) {
            return List.of();
        }
        Map<Long, ReportedIndicator> indicators = targets.reportedIndicators().stream()
                .collect(Collectors.toMap(ReportedIndicator::id, Function.identity(), (a, b) -> a));
        return figures.stream().map(f -> {
            ReportedIndicator indicator = indicators.get(f.target().getIndicatorId());
            String name = indicator == null ? f.target().getName() : indicator.name(Locale.SIMPLIFIED_CHINESE);
            String unit = indicator == null ? f.target().getUnit() : indicator.unit(Locale.SIMPLIFIED_CHINESE);
            List<MonthValue> months = new ArrayList<>();
            for (int i = 0; i < f.months().size(); i++) {
                months.add(new MonthValue(f.months().get(i), f.monthly().get(i), f.monthlyLastYear().get(i)));
            }
            return new IndicatorLine(name, unit, f.value(), f.lastYear(), List.copyOf(months));
        }).toList();
    }

    /** 7: member events of the branches in scope, and the service hours of team members on the program's done activities. */
    private MemberWork memberWork(long programId, LocalDate from, LocalDate to, Scope scope) {
        Map<String, Object> params = params(programId, from, to, scope);
        long[] events = jdbc.sql("""
                SELECT COUNT(*), COALESCE(SUM(e.members), 0), COALESCE(SUM(e.others), 0) FROM member_event e
                WHERE e.event_date BETWEEN :from AND :to""" + scope.on("e.branch_id"))
                .params(params).query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single();
        return jdbc.sql("""
                SELECT COUNT(DISTINCT a.id), COUNT(DISTINCT aa.team_member_id), COALESCE(SUM(""" + StaffingService.HOURS + " " + """
                ), 0) FROM activity_assignment aa JOIN activity a ON a.id = aa.activity_id
                WHERE a.program_id = :program AND a.status = 'DONE'
                  AND COALESCE(DATE(a.starts_at), a.window_start) BETWEEN :from AND :to""" + scope.on("a.organiser_id"))
                .params(params)
                .query((rs, row) -> new MemberWork((int) events[0], events[1], events[2], rs.getInt(1), rs.getInt(2),
                        rs.getBigDecimal(3).setScale(1, java.math.RoundingMode.HALF_UP)))
                .single();
    }

    /** 8: what is still open at the end of the period (or today, if earlier). */
    private Problems problems(long programId, LocalDate from, LocalDate to, Scope scope, LocalDate today) {
        Map<String, Object> params = params(programId, from, to, scope);
        params.put("today", today);
        params.put("limit", LIST_LIMIT);
        List<OpenFinding> findings = jdbc.sql("""
                SELECT i.name_zh, f.category, f.severity, f.status, f.due_date FROM finding f
                JOIN supervision_round r ON r.id = f.supervision_round_id JOIN institution i ON i.id = f.institution_id
                WHERE r.program_id = :program AND f.status <> 'CLOSED' AND DATE(f.created_at) <= :to""" + scope.on("f.institution_id") + " " + """
                 ORDER BY f.due_date, f.id LIMIT :limit""")
                .params(params)
                .query((rs, row) -> {
                    LocalDate due = rs.getObject("due_date", LocalDate.class);
                    return new OpenFinding(rs.getString("name_zh"), rs.getString("category"),
                            FindingSeverity.valueOf(rs.getString("severity")).messageKey(),
                            FindingStatus.valueOf(rs.getString("status")).messageKey(), due, due.isBefore(today));
                }).list();
        List<OverdueTask> tasks = jdbc.sql("""
                SELECT t.title, i.name_zh, t.due_date, t.status FROM task t LEFT JOIN institution i ON i.id = t.lead_institution_id
                WHERE t.program_id = :program AND t.status <> 'ACCEPTED' AND t.due_date < :today AND t.due_date <= :to
                  AND NOT EXISTS (SELECT 1 FROM task c WHERE c.parent_id = t.id)""" + scope.on("t.lead_institution_id") + " " + """
                 ORDER BY t.due_date, t.id LIMIT :limit""")
                .params(params)
                .query((rs, row) -> new OverdueTask(rs.getString("title"), rs.getString("name_zh"), rs.getObject("due_date", LocalDate.class),
                        TaskStatus.valueOf(rs.getString("status")).messageKey()))
                .list();
        return new Problems(findings, tasks, missingReports(programId, from, to, scope, today));
    }

    /**
     * Reports of the period's whole periods, due before today, that the program's institutions (in scope) were assigned and have
     * not submitted: one query per active form and period.
     */
    private int missingReports(long programId, LocalDate from, LocalDate to, Scope scope, LocalDate today) {
        record Form(long id, Frequency frequency, int dueDay) {
        }
        List<Form> forms = jdbc.sql("SELECT id, frequency, due_day FROM report_form WHERE active ORDER BY id")
                .query((rs, row) -> new Form(rs.getLong("id"), Frequency.valueOf(rs.getString("frequency")), rs.getInt("due_day"))).list();
        Optional<List<Long>> participants = programScope.participatingInstitutions(programId);
        Map<String, Object> params = new HashMap<>();
        String who = scope.on("a.institution_id");
        if (scope.pattern() != null) {
            params.put("scope", scope.pattern());
        }
        if (participants.isPresent()) {
            who += " AND a.institution_id IN (:participants)";
            params.put("participants", participants.get());
        }
        int missing = 0;
        for (Form form : forms) {
            for (LocalDate period = form.frequency().periodStartOf(from); !form.frequency().periodEnd(period).isAfter(to);
                 period = form.frequency().next(period)) {
                if (period.isBefore(from) || !form.frequency().dueDate(period, form.dueDay()).isBefore(today)) {
                    continue;
                }
                missing += jdbc.sql("""
                        SELECT COUNT(*) FROM report_form_institution a
                        LEFT JOIN stat_report r ON r.report_form_id = a.report_form_id AND r.institution_id = a.institution_id
                                               AND r.period_start = :period
                        WHERE a.report_form_id = :form AND (r.id IS NULL OR NOT\s""" + CompletenessService.RECEIVED + ")" + who)
                        .params(params).param("form", form.id()).param("period", period).query(Integer.class).single();
            }
        }
        return missing;
    }

    private static Map<String, Object> params(long programId, LocalDate from, LocalDate to, Scope scope) {
        Map<String, Object> params = new HashMap<>();
        params.put("program", programId);
        params.put("from", from);
        params.put("to", to);
        if (scope.pattern() != null) {
            params.put("scope", scope.pattern());
        }
        return params;
    }

    /** The reader's area as a LIKE pattern on area paths; null when the reader is bound to no area. */
    private record Scope(@Nullable String pattern) {

        /** " AND column IN (institutions of the area)", or nothing without an area. */
        String on(String institutionColumn) {
            return pattern == null ? "" : " AND " + institutionColumn + " IN " + AreaScope.institutions("scope");
        }
    }

}
