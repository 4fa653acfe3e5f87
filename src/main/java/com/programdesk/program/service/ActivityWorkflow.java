package com.programdesk.program.service;

import com.programdesk.audit.domain.AuditAction;
import com.programdesk.audit.service.AuditService;
import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.program.domain.Activity;
import com.programdesk.program.domain.ActivityRepository;
import com.programdesk.program.domain.ActivityStatus;
import com.programdesk.workflow.service.WorkflowHistory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.stereotype.Component;

/**
 * The one place that moves an activity between states. It checks the step against
 * {@link ActivityStatus}, applies what the step needs (attendance and outcome, or a reason),
 * and records who did it, when, and the note.
 */
@Component
class ActivityWorkflow {

    static final String ENTITY = "Activity";

    private final ActivityRepository activities;
    private final WorkflowHistory history;
    private final AuditService audit;
    private final Clock clock;

    ActivityWorkflow(ActivityRepository activities, WorkflowHistory history, AuditService audit, Clock clock) {
        this.activities = activities;
        this.history = history;
        this.audit = audit;
        this.clock = clock;
    }

    Activity confirm(Activity current, String note) {
        return move(current, ActivityStatus.CONFIRMED, note);
    }

    Activity markDone(Activity current, Integer actualAttendance, String outcomeNote) {
        ActivityValidator.validateDone(current, actualAttendance, outcomeNote, LocalDate.now(clock));
        current.setActualAttendance(actualAttendance);
        current.setOutcomeNote(outcomeNote.strip());
        return move(current, ActivityStatus.DONE, null);
    }

    Activity cancel(Activity current, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidFieldException("cancelReason", "activity.error.cancelNeedsReason");
        }
        if (reason.length() > Activity.CANCEL_REASON_MAX) {
            throw new InvalidFieldException("cancelReason", "validation.maxLength");
        }
        current.setCancelReason(reason.strip());
        return move(current, ActivityStatus.CANCELLED, reason);
    }

    /** Records the first state of a new activity. */
    void started(Activity saved) {
        history.record(ENTITY, saved.getId(), null, saved.getStatus(), null);
    }

    private Activity move(Activity current, ActivityStatus target, String note) {
        ActivityStatus from = current.getStatus();
        if (!from.canMoveTo(target)) {
            throw new InvalidFieldException("status", "workflow.error.notAllowed");
        }
        current.setStatus(target);
        current.setUpdatedAt(LocalDateTime.now(clock));
        Activity saved = activities.save(current);
        history.record(ENTITY, saved.getId(), from, target, note);
        audit.record(AuditAction.STATUS_CHANGE, ENTITY, saved.getId(), "status: " + from + " → " + target);
        return saved;
    }
}
