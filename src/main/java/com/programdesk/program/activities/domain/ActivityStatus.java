package com.programdesk.program.activities.domain;

import com.programdesk.workflow.domain.WorkflowState;
import java.util.Set;

/**
 * planned → confirmed → done, or cancelled. An activity that took place may be logged as done
 * straight from planned; done and cancelled are final.
 */
public enum ActivityStatus implements WorkflowState<ActivityStatus> {
    PLANNED, CONFIRMED, DONE, CANCELLED;

    @Override
    public Set<ActivityStatus> next() {
        return switch (this) {
            case PLANNED -> Set.of(CONFIRMED, DONE, CANCELLED);
            case CONFIRMED -> Set.of(DONE, CANCELLED);
            case DONE, CANCELLED -> Set.of();
        };
    }

    public boolean isOpen() {
        return this == PLANNED || this == CONFIRMED;
    }

    public String messageKey() {
        return "activity.status." + name();
    }
}
