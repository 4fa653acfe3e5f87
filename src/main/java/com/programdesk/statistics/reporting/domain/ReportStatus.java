package com.programdesk.statistics.reporting.domain;

import com.programdesk.workflow.domain.WorkflowState;
import java.util.Set;

/**
 * draft → submitted → approved, or returned with a reason → submitted again. A form approved level
 * by level (county, then city) passes through "approved by a level" (县区已审核) until its last level
 * approves; any level may return it to the institution. An approved report is locked; a
 * coordinator reopens it with a reason, which returns it to the institution.
 */
public enum ReportStatus implements WorkflowState<ReportStatus> {
    DRAFT, SUBMITTED, LEVEL_APPROVED, RETURNED, APPROVED;

    @Override
    public Set<ReportStatus> next() {
        return switch (this) {
            case DRAFT, RETURNED -> Set.of(SUBMITTED);
            case SUBMITTED, LEVEL_APPROVED -> Set.of(LEVEL_APPROVED, APPROVED, RETURNED);
            case APPROVED -> Set.of(RETURNED);
        };
    }

    /** Waiting for a reviewer: submitted, or approved by a level below the last. */
    public boolean awaitsReview() {
        return this == SUBMITTED || this == LEVEL_APPROVED;
    }

    /** Drafts and returned reports are edited by the institution; the others wait or are locked. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }

    /** Counted as received by the bureau (completeness). */
    public boolean isReceived() {
        return this == SUBMITTED || this == LEVEL_APPROVED || this == APPROVED;
    }

    public String messageKey() {
        return "statistics.status." + name();
    }
}
