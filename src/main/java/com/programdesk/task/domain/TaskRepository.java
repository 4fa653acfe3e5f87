package com.programdesk.task.domain;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface TaskRepository extends ListCrudRepository<Task, Long> {

    List<Task> findByParentIdOrderByIdAsc(long parentId);
}
