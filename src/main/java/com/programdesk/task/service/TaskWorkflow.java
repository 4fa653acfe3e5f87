package com.programdesk.task.service;

import com.programdesk.audit.domain.AuditAction;
import com.programdesk.audit.service.AuditService;
import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.task.domain.Task;
import com.programdesk.task.domain.TaskRepository;
import com.programdesk.task.domain.TaskStatus;
import com.programdesk.workflow.service.WorkflowHistory;
import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.stereotype.Component;

/** The one place that moves a task between states and records who, when and why. */
@Component
class TaskWorkflow {

    static final String ENTITY = "Task";

    private final TaskRepository tasks;
    private final WorkflowHistory history;
    private final AuditService audit;
    private final Clock clock;

    TaskWorkflow(TaskRepository tasks, WorkflowHistory history, AuditService audit, Clock clock) {
        this.tasks = tasks;
        this.history = history;
        this.audit = audit;
        this.clock = clock;
    }

    void started(Task saved) {
        history.record(ENTITY, saved.getId(), null, saved.getStatus(), null);
    }

    /** Progress on an assigned or returned task means work has started. */
    Task workStarted(Task current) {
        if (current.getStatus() == TaskStatus.ASSIGNED || current.getStatus() == TaskStatus.RETURNED) {
            return move(current, TaskStatus.IN_PROGRESS, null);
        }
        return current;
    }

    Task move(Task current, TaskStatus target, String note) {
        TaskStatus from = current.getStatus();
        if (!from.canMoveTo(target)) {
            throw new InvalidFieldException("status", "workflow.error.notAllowed");
        }
        current.setStatus(target);
        if (target == TaskStatus.ACCEPTED) {
            current.setProgressPercent(100);
        }
        current.setUpdatedAt(LocalDateTime.now(clock));
        Task saved = tasks.save(current);
        history.record(ENTITY, saved.getId(), from, target, note);
        audit.record(AuditAction.STATUS_CHANGE, ENTITY, saved.getId(), "status: " + from + " → " + target);
        return saved;
    }
}
