package com.programdesk.statistics.reporting.domain;

import com.programdesk.workflow.domain.WorkflowState;
import java.util.Set;

/**
 * draft → submitted → approved, or returned with a reason → submitted again. An approved report is
 * locked; a coordinator reopens it with a reason, which returns it to the institution.
 */
public enum ReportStatus implements WorkflowState<ReportStatus> {
    DRAFT, SUBMITTED, RETURNED, APPROVED;

    @Override
    public Set<ReportStatus> next() {
        return switch (this) {
            case DRAFT, RETURNED -> Set.of(SUBMITTED);
            case SUBMITTED -> Set.of(APPROVED, RETURNED);
            case APPROVED -> Set.of(RETURNED);
        };
    }

    /** Drafts and returned reports are edited by the institution; the others wait or are locked. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }

    /** Counted as received by the bureau (completeness). */
    public boolean isReceived() {
        return this == SUBMITTED || this == APPROVED;
    }

    public String messageKey() {
        return "statistics.status." + name();
    }
}
