package com.programdesk.task.domain;

import java.time.LocalDate;

/** The bureau table's filters; null means "any". */
public record TaskFilter(Long programId, Long institutionId, TaskStatus status, LocalDate dueFrom, LocalDate dueTo,
                         boolean overdueOnly, String text) {

    public static TaskFilter none() {
        return new TaskFilter(null, null, null, null, null, false, null);
    }
}
