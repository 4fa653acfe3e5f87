package com.programdesk.program.plan.domain;

import com.programdesk.workflow.domain.WorkflowState;
import java.util.Set;

/** A program is drafted, then runs (active), then is closed; a closed program is read-only. */
public enum ProgramStatus implements WorkflowState<ProgramStatus> {
    DRAFT, ACTIVE, CLOSED;

    @Override
    public Set<ProgramStatus> next() {
        return switch (this) {
            case DRAFT -> Set.of(ACTIVE);
            case ACTIVE -> Set.of(CLOSED);
            case CLOSED -> Set.of();
        };
    }

    public String messageKey() {
        return "program.status." + name();
    }
}
