package com.programdesk.workflow.domain;

import java.time.LocalDateTime;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** One step of a workflow (activity, task, finding, report): who moved which row from which state to which, and why. */
@Table("workflow_transition")
public record WorkflowTransition(@Id Long id, String entityType, long entityId, String fromState, String toState,
                                 String actor, LocalDateTime occurredAt, String note) {
}
