package com.programdesk.security.domain;

/** What a user may do in Program Desk. A user has exactly one role. */
public enum Role {
    ADMIN,
    COORDINATOR,
    INSTITUTION,
    ASSOCIATION,
    VIEWER;

    /** Spring Security authority name, e.g. {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Institution and association users act for exactly one institution. */
    public boolean requiresInstitution() {
        return this == INSTITUTION || this == ASSOCIATION;
    }

    public String messageKey() {
        return "role." + name();
    }
}
