package com.programdesk.program.targets.service;

import com.programdesk.program.plan.service.ProgramScope;
import com.programdesk.program.targets.domain.Target;
import com.programdesk.program.targets.domain.TargetActualSource;
import com.programdesk.program.targets.domain.TargetMeasure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts done activities, or sums their actual attendance, for the targets measured that way: only
 * those organised by the program's participating institutions (see {@link ProgramScope}). One
 * indexed aggregate query per target (ix_activity_program_status), never a loop over rows.
 */
@Component
class ActivityMeasures implements TargetActualSource {

    private final JdbcClient jdbc;
    private final ProgramScope scope;

    ActivityMeasures(JdbcClient jdbc, ProgramScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    @Override
    public boolean supports(TargetMeasure measure) {
        return measure == TargetMeasure.DONE_ACTIVITY_COUNT || measure == TargetMeasure.ATTENDANCE_SUM;
    }

    @Override
    public Optional<BigDecimal> actual(Target target, LocalDate from, LocalDate to) {
        String value = target.getMeasure() == TargetMeasure.ATTENDANCE_SUM ? "COALESCE(SUM(a.actual_attendance), 0)" : "COUNT(*)";
        return Optional.of(query(target, value, "a.status = 'DONE' AND a.window_start BETWEEN :from AND :to", from, to));
    }

    @Override
    public Optional<BigDecimal> plannedBy(Target target, LocalDate from, LocalDate day) {
        String value = target.getMeasure() == TargetMeasure.ATTENDANCE_SUM
                ? "COALESCE(SUM(COALESCE(a.actual_attendance, a.planned_attendance, 0)), 0)" : "COUNT(*)";
        return Optional.of(query(target, value, "a.status <> 'CANCELLED' AND a.window_end BETWEEN :from AND :to", from, day));
    }

    private BigDecimal query(Target target, String value, String condition, LocalDate from, LocalDate to) {
        return new TargetCountQuery("SELECT " + value + " FROM activity a WHERE a.program_id = :program AND " + condition,
                Map.of("program", target.getProgramId(), "from", from, "to", to))
                .andIf(target.activityTypeSet().stream().map(Enum::name).toList(), "a.type IN (:types)", "types")
                .workStream(target, "a.work_stream_id")
                .organiser(target, "a.organiser_id")
                .participantsOnly(scope, target, "a.organiser_id")
                .andIf(target.audienceSet().stream().map(Enum::name).toList(),
                        "EXISTS (SELECT 1 FROM activity_audience aa WHERE aa.activity_id = a.id AND aa.audience IN (:audiences))", "audiences")
                .run(jdbc);
    }
}
