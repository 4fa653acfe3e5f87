package com.programdesk.task.domain;

import org.springframework.data.relational.core.mapping.Table;

/** A cooperating institution of a task: it reads the task and comments, the lead institution acts. */
@Table("task_cooperator")
public record TaskCooperator(long institutionId) {
}
