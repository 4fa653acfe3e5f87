package com.programdesk.task.domain;

import java.util.List;
import org.springframework.data.repository.Repository;

public interface TaskEntryRepository extends Repository<TaskEntry, Long> {

    TaskEntry save(TaskEntry entry);

    List<TaskEntry> findByTaskIdOrderByCreatedAtAscIdAsc(long taskId);
}
