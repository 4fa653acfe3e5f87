package com.programdesk.notification.domain;

/** Why someone is told: a task came to them or back to them, waits for acceptance, or is (nearly) late. */
public enum NotificationKind {
    ASSIGNED, RETURNED, SUBMITTED, REMINDED, DUE_SOON, OVERDUE, ESCALATED;

    public String messageKey() {
        return "notification.kind." + name();
    }
}
