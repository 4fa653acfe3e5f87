package com.programdesk.task.domain;

import java.time.LocalDate;

/**
 * One line of the task decomposition table (任务分解表): a task with its lead and cooperating
 * institutions, and the lead's department (科室) it is shared out to, if any.
 */
public record DecompositionRow(long id, String workStream, String title, String lead, String department, String cooperators,
                               String responsiblePerson, LocalDate dueDate, TaskStatus status) {
}
