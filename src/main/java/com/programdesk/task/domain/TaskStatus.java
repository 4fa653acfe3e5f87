package com.programdesk.task.domain;

import com.programdesk.workflow.domain.WorkflowState;
import java.util.Set;

/**
 * assigned → in progress → submitted (by the lead institution) → accepted (by the bureau), or
 * returned with a reason → in progress again. Accepted is final.
 */
public enum TaskStatus implements WorkflowState<TaskStatus> {
    ASSIGNED, IN_PROGRESS, SUBMITTED, RETURNED, ACCEPTED;

    @Override
    public Set<TaskStatus> next() {
        return switch (this) {
            case ASSIGNED, RETURNED -> Set.of(IN_PROGRESS, SUBMITTED);
            case IN_PROGRESS -> Set.of(SUBMITTED);
            case SUBMITTED -> Set.of(ACCEPTED, RETURNED);
            case ACCEPTED -> Set.of();
        };
    }

    public boolean isOpen() {
        return this != ACCEPTED;
    }

    public String messageKey() {
        return "task.status." + name();
    }
}
