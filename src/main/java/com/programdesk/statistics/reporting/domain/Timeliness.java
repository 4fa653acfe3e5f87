package com.programdesk.statistics.reporting.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * How one expected report stands against its due date: received by the end of the due day, received
 * later, not received while the due day has not passed yet, or not received after it.
 */
public enum Timeliness {
    ON_TIME, LATE, PENDING, MISSING;

    /**
     * @param received         the report is submitted or approved
     * @param firstSubmittedAt when it was first submitted (a returned report keeps its first submission)
     */
    public static Timeliness of(boolean received, LocalDateTime firstSubmittedAt, LocalDate dueDate, LocalDate today) {
        if (received && firstSubmittedAt != null) {
            return firstSubmittedAt.toLocalDate().isAfter(dueDate) ? LATE : ON_TIME;
        }
        return today.isAfter(dueDate) ? MISSING : PENDING;
    }

    public boolean isReceived() {
        return this == ON_TIME || this == LATE;
    }

    public String messageKey() {
        return "completeness.timeliness." + name();
    }
}
