package com.programdesk.statistics.reporting.domain;

/**
 * Something happened to a report that someone should hear about; published inside the change's
 * transaction. {@code stepId} tells repeated steps (a second return) apart.
 */
public record ReportEvent(Kind kind, long reportId, String subject, long institutionId, long stepId) {

    /** LEVEL_APPROVED: a level below the last approved; the report now waits for the level above. */
    public enum Kind { SUBMITTED, LEVEL_APPROVED, RETURNED, APPROVED, REOPENED }
}
