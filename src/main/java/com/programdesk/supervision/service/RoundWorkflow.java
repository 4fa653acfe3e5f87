package com.programdesk.supervision.service;

import com.programdesk.audit.domain.AuditAction;
import com.programdesk.audit.service.AuditService;
import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.supervision.domain.RoundStatus;
import com.programdesk.supervision.domain.SupervisionRound;
import com.programdesk.supervision.domain.SupervisionRoundRepository;
import com.programdesk.workflow.service.WorkflowHistory;
import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.stereotype.Component;

/** The one place that moves a supervision round between states and records who, when and why. */
@Component
class RoundWorkflow {

    static final String ENTITY = "SupervisionRound";

    private final SupervisionRoundRepository rounds;
    private final WorkflowHistory history;
    private final AuditService audit;
    private final Clock clock;

    RoundWorkflow(SupervisionRoundRepository rounds, WorkflowHistory history, AuditService audit, Clock clock) {
        this.rounds = rounds;
        this.history = history;
        this.audit = audit;
        this.clock = clock;
    }

    /** Stores a new round as planned, its first step. */
    SupervisionRound plan(SupervisionRound planned) {
        planned.setStatus(RoundStatus.PLANNED);
        SupervisionRound saved = rounds.save(planned);
        history.record(ENTITY, saved.getId(), null, saved.getStatus(), null);
        return saved;
    }

    /** The first recorded visit starts a planned round. */
    SupervisionRound visitRecorded(SupervisionRound round) {
        return round.getStatus() == RoundStatus.PLANNED ? move(round, RoundStatus.IN_PROGRESS, null) : round;
    }

    SupervisionRound move(SupervisionRound current, RoundStatus target, String note) {
        RoundStatus from = current.getStatus();
        if (!from.canMoveTo(target)) {
            throw new InvalidFieldException("status", "workflow.error.notAllowed");
        }
        current.setStatus(target);
        current.setUpdatedAt(LocalDateTime.now(clock));
        SupervisionRound saved = rounds.save(current);
        history.record(ENTITY, saved.getId(), from, target, note);
        audit.record(AuditAction.STATUS_CHANGE, ENTITY, saved.getId(), "status: " + from + " → " + target);
        return saved;
    }
}
