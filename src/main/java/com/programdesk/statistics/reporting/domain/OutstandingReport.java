package com.programdesk.statistics.reporting.domain;

import com.programdesk.statistics.catalog.domain.Frequency;
import java.time.LocalDate;

/** A report an assigned institution has not submitted (yet) for a period, for reminders. */
public record OutstandingReport(long reportFormId, String formNameZh, Frequency frequency, long institutionId, LocalDate periodStart,
                                LocalDate dueDate, Long reportId) {

    /** The page where the institution files it: the stored report, or the blank form of that period. */
    public String route() {
        return reportId != null ? "reports/" + reportId
                : "reports/" + reportFormId + "/" + institutionId + "/" + frequency.label(periodStart);
    }

    public String subject() {
        return formNameZh + " " + frequency.label(periodStart);
    }
}
