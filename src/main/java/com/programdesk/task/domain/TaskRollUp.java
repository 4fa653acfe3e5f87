package com.programdesk.task.domain;

import java.util.Map;

/** How a task assigned to many institutions stands: how many in each state, how many overdue. */
public record TaskRollUp(int total, Map<TaskStatus, Integer> byStatus, int overdue) {

    public int count(TaskStatus status) {
        return byStatus.getOrDefault(status, 0);
    }
}
