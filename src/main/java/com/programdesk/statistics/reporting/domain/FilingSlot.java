package com.programdesk.statistics.reporting.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One period an institution files a form for, as its list shows it: the report if one was started
 * (status null when nothing was entered yet), and whether the period is over and the due day passed.
 */
public record FilingSlot(long reportFormId, long institutionId, String institutionName, LocalDate periodStart, LocalDate periodEnd,
                         LocalDate dueDate, Long reportId, ReportStatus status, int returnCount, LocalDateTime firstSubmittedAt) {

    public boolean isReceived() {
        return status != null && status.isReceived();
    }

    /** The period has ended, so the report can be submitted. */
    public boolean isOpenForSubmission(LocalDate today) {
        return periodEnd.isBefore(today);
    }

    public boolean isLate(LocalDate today) {
        return StatReport.isLate(firstSubmittedAt, dueDate, today);
    }

    /** Overdue (due day passed, nothing submitted) or returned: what the institution has to catch up on. */
    public boolean isOutstanding(LocalDate today) {
        return status == ReportStatus.RETURNED || isToFile(today) && isLate(today);
    }

    /** A filing list's order: what is outstanding first, the oldest of it on top; then the other periods, newest first. */
    public static java.util.Comparator<FilingSlot> outstandingFirst(LocalDate today) {
        return (a, b) -> {
            boolean aOut = a.isOutstanding(today);
            boolean bOut = b.isOutstanding(today);
            if (aOut != bOut) {
                return aOut ? -1 : 1;
            }
            return aOut ? a.periodStart().compareTo(b.periodStart()) : b.periodStart().compareTo(a.periodStart());
        };
    }

    /** Waits for the institution: the period is over and the report was not submitted yet (returned ones count separately). */
    public boolean isToFile(LocalDate today) {
        return isOpenForSubmission(today) && (status == null || status == ReportStatus.DRAFT);
    }
}
