package com.programdesk.task.domain;

import java.time.LocalDate;

/** What task lists show of a task; read with one query per page. */
public record TaskSummary(long id, Long parentId, String title, Long leadInstitutionId, LocalDate dueDate,
                          TaskStatus status, TaskPriority priority, int progressPercent, long programId) {

    public boolean isOverdue(LocalDate today) {
        return status.isOpen() && dueDate.isBefore(today);
    }

    public boolean isDueSoon(LocalDate today) {
        return status.isOpen() && !dueDate.isBefore(today) && !dueDate.isAfter(today.plusDays(3));
    }
}
