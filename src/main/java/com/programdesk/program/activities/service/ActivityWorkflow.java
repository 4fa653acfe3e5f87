package com.programdesk.program.activities.service;

import com.programdesk.audit.domain.AuditedEntity;
import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.program.activities.domain.Activity;
import com.programdesk.program.activities.domain.ActivityRepository;
import com.programdesk.program.activities.domain.ActivityStatus;
import com.programdesk.workflow.service.WorkflowSteps;
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

    static final AuditedEntity ENTITY = AuditedEntity.ACTIVITY;

    private final ActivityRepository activities;
    private final WorkflowSteps steps;
    private final Clock clock;

    ActivityWorkflow(ActivityRepository activities, WorkflowSteps steps, Clock clock) {
        this.activities = activities;
        this.steps = steps;
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
    void start(Activity saved) {
        steps.started(ENTITY, saved.getId(), saved.getStatus());
    }

    private Activity move(Activity current, ActivityStatus target, String note) {
        ActivityStatus from = WorkflowSteps.check(current.getStatus(), target);
        current.setStatus(target);
        current.setUpdatedAt(LocalDateTime.now(clock));
        Activity saved = activities.save(current);
        steps.moved(ENTITY, saved.getId(), from, target, note);
        return saved;
    }
}
