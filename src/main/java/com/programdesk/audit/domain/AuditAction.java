package com.programdesk.audit.domain;

public enum AuditAction {
    CREATE, UPDATE, DEACTIVATE, REACTIVATE,
    LOGIN_SUCCESS, LOGIN_FAILURE, LOGOUT,
    ROLE_CHANGE, PASSWORD_RESET, PASSWORD_CHANGE, DISABLE, ENABLE,
    STATUS_CHANGE, RESCHEDULE, DELETE, DOWNLOAD, REVEAL, IMPORT, UNLOCK,
    PASSWORD_RESET_REQUEST, EMAIL_CHANGE, EMAIL_VERIFY,
    REVOKE, API_CALL;

    public String messageKey() {
        return "audit.action." + name();
    }
}
