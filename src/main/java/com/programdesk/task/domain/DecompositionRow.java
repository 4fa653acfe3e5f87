package com.programdesk.task.domain;

import java.time.LocalDate;

/** One line of the task decomposition table (任务分解表): a task with its lead and cooperating institutions. */
public record DecompositionRow(long id, String workStream, String title, String lead, String cooperators,
                               String responsiblePerson, LocalDate dueDate, TaskStatus status) {
}
