package com.programdesk.audit.domain;

import org.springframework.data.repository.Repository;

/** Insert only: there is deliberately no update or delete (the table's triggers refuse them too). */
public interface AuditEventRepository extends Repository<AuditEvent, Long> {
    AuditEvent save(AuditEvent event);
}
