package com.programdesk.supervision.findings.domain;

import com.programdesk.workflow.domain.WorkflowState;
import java.util.Set;

/**
 * open → correction submitted (by the institution) → closed (verified by the bureau), or returned
 * with a reason → open again. A coordinator may reopen a closed finding, with a reason.
 */
public enum FindingStatus implements WorkflowState<FindingStatus> {
    OPEN, SUBMITTED, CLOSED;

    @Override
    public Set<FindingStatus> next() {
        return switch (this) {
            case OPEN -> Set.of(SUBMITTED);
            case SUBMITTED -> Set.of(CLOSED, OPEN);
            case CLOSED -> Set.of(OPEN);
        };
    }

    public String messageKey() {
        return "finding.status." + name();
    }
}
