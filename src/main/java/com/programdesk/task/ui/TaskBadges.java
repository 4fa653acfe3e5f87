package com.programdesk.task.ui;

import com.programdesk.task.domain.TaskStatus;
import com.programdesk.task.domain.TaskSummary;
import java.time.LocalDate;

/** The Lumo badge themes of task states and deadlines, shared by the task lists and the task page. */
final class TaskBadges {

    private TaskBadges() {
    }

    static String statusTheme(TaskStatus status) {
        return switch (status) {
            case ACCEPTED -> "badge success";
            case SUBMITTED -> "badge";
            case RETURNED -> "badge error";
            case IN_PROGRESS -> "badge contrast";
            case ASSIGNED -> "badge contrast";
        };
    }

    /** "逾期" or "即将到期" for open tasks, or nothing. */
    static String deadlineKey(TaskSummary task, LocalDate today) {
        if (task.isOverdue(today)) {
            return "task.overdue";
        }
        return task.isDueSoon(today) ? "task.dueSoon" : null;
    }
}
