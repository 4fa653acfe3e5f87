package com.programdesk.task.domain;

import java.time.LocalDateTime;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A progress update (with a percentage) or a comment on a task's timeline; never changed once written. */
@Table("task_entry")
public record TaskEntry(@Id Long id, long taskId, TaskEntryKind kind, String author, Integer percent, String text,
                        LocalDateTime createdAt) {

    public static final int TEXT_MAX = 2000;
}
