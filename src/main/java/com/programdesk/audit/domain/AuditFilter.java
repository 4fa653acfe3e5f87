package com.programdesk.audit.domain;

import java.time.LocalDate;

/** What the audit log view filters by; every part may be empty. */
public record AuditFilter(String actor, AuditAction action, String entityType, LocalDate from, LocalDate to) {
    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null);
    }
}
