package com.programdesk.training.service;

import com.programdesk.program.plan.service.ProgramScope;
import com.programdesk.program.targets.domain.Target;
import com.programdesk.program.targets.domain.TargetActualSource;
import com.programdesk.program.targets.domain.TargetMeasure;
import com.programdesk.program.targets.service.TargetCountQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Trainees trained ("培训人数 ≥ 200"): the distinct people on the rosters of the program's trainings who signed in at least once
 * at a session in the period. The target's organiser and work stream pick the trainings, as for activity counts; audiences and
 * activity types do not apply (every training counts). Only trainings organised by the program's participating institutions.
 */
@Component
class TrainingMeasures implements TargetActualSource {

    private final JdbcClient jdbc;
    private final ProgramScope scope;

    TrainingMeasures(JdbcClient jdbc, ProgramScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    @Override
    public boolean supports(TargetMeasure measure) {
        return measure == TargetMeasure.TRAINEES_TRAINED;
    }

    @Override
    public Optional<BigDecimal> actual(Target target, LocalDate from, LocalDate to) {
        return Optional.of(new TargetCountQuery("""
                SELECT COUNT(DISTINCT g.trainee_id) FROM training_sign_in g JOIN training_session s ON s.id = g.session_id
                JOIN activity a ON a.id = s.activity_id
                WHERE a.program_id = :program AND a.type = 'TRAINING' AND a.status <> 'CANCELLED'
                AND s.starts_at >= :from AND s.starts_at < :to""",
                Map.of("program", target.getProgramId(), "from", from.atStartOfDay(), "to", to.plusDays(1).atStartOfDay()))
                .workStream(target, "a.work_stream_id")
                .organiser(target, "a.organiser_id")
                .participantsOnly(scope, target, "a.organiser_id")
                .run(jdbc));
    }

    /** Nobody is trained ahead of time: the plan line is the actual one. */
    @Override
    public Optional<BigDecimal> plannedBy(Target target, LocalDate from, LocalDate day) {
        return Optional.empty();
    }
}
