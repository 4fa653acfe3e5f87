package com.programdesk.statistics.reporting.domain;

/**
 * How one institution stands with one period's report, as the completeness heatmap colours it.
 * Late wins over submitted and approved (it was received, but after the due day); a draft that
 * was never submitted by the due day is missing.
 */
public enum CellState {
    APPROVED, SUBMITTED, IN_PROGRESS, LATE, MISSING, NOT_DUE;

    public static CellState of(ReportStatus status, boolean submittedLate, boolean pastDue) {
        if (status == null || status == ReportStatus.DRAFT) {
            return pastDue ? MISSING : status == null ? NOT_DUE : IN_PROGRESS;
        }
        if (status == ReportStatus.RETURNED) {
            return IN_PROGRESS;
        }
        if (submittedLate) {
            return LATE;
        }
        return status == ReportStatus.APPROVED ? APPROVED : SUBMITTED;
    }

    public String messageKey() {
        return "dashboard.state." + name();
    }
}
