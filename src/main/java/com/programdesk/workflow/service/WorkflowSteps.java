package com.programdesk.workflow.service;

import com.programdesk.audit.domain.AuditAction;
import com.programdesk.audit.domain.AuditedEntity;
import com.programdesk.audit.service.AuditService;
import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.workflow.domain.WorkflowState;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The skeleton every workflow's {@code move} shares: check that the state may move to the target,
 * and once the row is saved, record the step (who, when, from, to, note) and audit it with its note.
 * What a step changes besides the state stays in each feature's workflow.
 */
@Component
public class WorkflowSteps {

    private final WorkflowHistory history;
    private final AuditService audit;

    WorkflowSteps(WorkflowHistory history, AuditService audit) {
        this.history = history;
        this.audit = audit;
    }

    /** The state the row moves from, when it may move to {@code target}; refused at the status otherwise. */
    public static <S extends Enum<S> & WorkflowState<S>> S check(S from, S target) {
        if (!from.canMoveTo(target)) {
            throw new InvalidFieldException("status", "workflow.error.notAllowed");
        }
        return from;
    }

    /** Records the first state of a new row, its start. */
    public void started(AuditedEntity entity, long entityId, Enum<?> state) {
        history.record(entity, entityId, null, state, null);
    }

    /** Records the same first state for many new rows at once (the reports an import creates). */
    public void startedAll(AuditedEntity entity, List<Long> entityIds, Enum<?> state) {
        history.recordAll(entity, entityIds, null, state);
    }

    /** Records a saved move as a step of the row's timeline and in the audit log. */
    public void moved(AuditedEntity entity, long entityId, Enum<?> from, Enum<?> to, String note) {
        history.record(entity, entityId, from, to, note);
        audit.record(AuditAction.STATUS_CHANGE, entity, entityId, "status: " + from + " → " + to
                + (note == null || note.isBlank() ? "" : ", note: " + note.strip()));
    }
}
