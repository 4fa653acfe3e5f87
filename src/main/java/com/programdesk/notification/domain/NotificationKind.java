package com.programdesk.notification.domain;

/**
 * Why someone is told: a task or a supervision finding came to them or back to them, waits for
 * review, or is (nearly) late.
 */
public enum NotificationKind {
    ASSIGNED, RETURNED, SUBMITTED, REMINDED, DUE_SOON, OVERDUE, ESCALATED,
    FINDING_RECORDED, FINDING_RETURNED, FINDING_REOPENED, CORRECTION_SUBMITTED, FINDING_DUE_SOON, FINDING_OVERDUE;

    public String messageKey() {
        return "notification.kind." + name();
    }
}
