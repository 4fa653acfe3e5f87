package com.programdesk.audit.domain;

import java.time.LocalDateTime;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** One entry of the append-only audit log: who did what to which row, and which fields changed. */
@Table("audit_event")
public record AuditEvent(@Id Long id, LocalDateTime occurredAt, String actor, AuditAction action,
                         String entityType, Long entityId, String changedFields) {
}
