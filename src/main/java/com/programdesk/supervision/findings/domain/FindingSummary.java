package com.programdesk.supervision.findings.domain;

import java.time.LocalDate;

/** A row of a findings list. */
public record FindingSummary(long id, long supervisionRoundId, String roundTitle, long institutionId, String institutionName,
                             String category, FindingSeverity severity, String description, LocalDate dueDate,
                             FindingStatus status, int returnCount) {

    public boolean isOverdue(LocalDate today) {
        return status != FindingStatus.CLOSED && dueDate.isBefore(today);
    }
}
