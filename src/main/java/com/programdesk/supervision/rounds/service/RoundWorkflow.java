package com.programdesk.supervision.rounds.service;

import com.programdesk.audit.domain.AuditedEntity;
import com.programdesk.supervision.rounds.domain.RoundStatus;
import com.programdesk.supervision.rounds.domain.SupervisionRound;
import com.programdesk.supervision.rounds.domain.SupervisionRoundRepository;
import com.programdesk.workflow.service.WorkflowSteps;
import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.stereotype.Component;

/** The one place that moves a supervision round between states and records who, when and why. */
@Component
class RoundWorkflow {

    static final AuditedEntity ENTITY = AuditedEntity.SUPERVISION_ROUND;

    private final SupervisionRoundRepository rounds;
    private final WorkflowSteps steps;
    private final Clock clock;

    RoundWorkflow(SupervisionRoundRepository rounds, WorkflowSteps steps, Clock clock) {
        this.rounds = rounds;
        this.steps = steps;
        this.clock = clock;
    }

    /** Stores a new round as planned, its first step. */
    SupervisionRound start(SupervisionRound planned) {
        planned.setStatus(RoundStatus.PLANNED);
        SupervisionRound saved = rounds.save(planned);
        steps.started(ENTITY, saved.getId(), saved.getStatus());
        return saved;
    }

    /** The first recorded visit starts a planned round. */
    SupervisionRound visitRecorded(SupervisionRound round) {
        return round.getStatus() == RoundStatus.PLANNED ? move(round, RoundStatus.IN_PROGRESS, null) : round;
    }

    SupervisionRound move(SupervisionRound current, RoundStatus target, String note) {
        RoundStatus from = WorkflowSteps.check(current.getStatus(), target);
        current.setStatus(target);
        current.setUpdatedAt(LocalDateTime.now(clock));
        SupervisionRound saved = rounds.save(current);
        steps.moved(ENTITY, saved.getId(), from, target, note);
        return saved;
    }
}
