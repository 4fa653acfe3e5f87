package com.programdesk.supervision.rounds.domain;

import com.programdesk.workflow.domain.WorkflowState;
import java.util.Set;

/** planned → in progress (visits) → reporting (the round's report is written) → closed. */
public enum RoundStatus implements WorkflowState<RoundStatus> {
    PLANNED, IN_PROGRESS, REPORTING, CLOSED;

    @Override
    public Set<RoundStatus> next() {
        return switch (this) {
            case PLANNED -> Set.of(IN_PROGRESS);
            case IN_PROGRESS -> Set.of(REPORTING);
            case REPORTING -> Set.of(IN_PROGRESS, CLOSED);
            case CLOSED -> Set.of();
        };
    }

    /** Visits and findings are recorded while a round is planned or under way. */
    public boolean acceptsVisits() {
        return this == PLANNED || this == IN_PROGRESS;
    }

    public String messageKey() {
        return "round.status." + name();
    }
}
