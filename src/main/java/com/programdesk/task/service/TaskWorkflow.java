package com.programdesk.task.service;

import com.programdesk.audit.domain.AuditedEntity;
import com.programdesk.task.domain.Task;
import com.programdesk.task.domain.TaskRepository;
import com.programdesk.task.domain.TaskStatus;
import com.programdesk.workflow.service.WorkflowSteps;
import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.stereotype.Component;

/** The one place that moves a task between states and records who, when and why. */
@Component
class TaskWorkflow {

    static final AuditedEntity ENTITY = AuditedEntity.TASK;

    private final TaskRepository tasks;
    private final WorkflowSteps steps;
    private final Clock clock;

    TaskWorkflow(TaskRepository tasks, WorkflowSteps steps, Clock clock) {
        this.tasks = tasks;
        this.steps = steps;
        this.clock = clock;
    }

    /** Records the first state of a new row, its start. */
    void start(Task saved) {
        steps.started(ENTITY, saved.getId(), saved.getStatus());
    }

    /** Progress on an assigned or returned task means work has started. */
    Task workStarted(Task current) {
        if (current.getStatus() == TaskStatus.ASSIGNED || current.getStatus() == TaskStatus.RETURNED) {
            return move(current, TaskStatus.IN_PROGRESS, null);
        }
        return current;
    }

    Task move(Task current, TaskStatus target, String note) {
        TaskStatus from = WorkflowSteps.check(current.getStatus(), target);
        current.setStatus(target);
        if (target == TaskStatus.ACCEPTED) {
            current.setProgressPercent(100);
        }
        current.setUpdatedAt(LocalDateTime.now(clock));
        Task saved = tasks.save(current);
        steps.moved(ENTITY, saved.getId(), from, target, note);
        return saved;
    }
}
