package com.programdesk.workflow.domain;

import java.util.List;
import org.springframework.data.repository.Repository;

public interface WorkflowTransitionRepository extends Repository<WorkflowTransition, Long> {

    WorkflowTransition save(WorkflowTransition transition);

    List<WorkflowTransition> findByEntityTypeAndEntityIdOrderByOccurredAtAscIdAsc(String entityType, long entityId);
}
