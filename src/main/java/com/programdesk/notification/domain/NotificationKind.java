package com.programdesk.notification.domain;

/**
 * Why someone is told: a task, a supervision finding or a statistical report came to them or back
 * to them, waits for review, or is (nearly) late; or an expert comment mentions them.
 */
public enum NotificationKind {
    ASSIGNED, RETURNED, SUBMITTED, REMINDED, DUE_SOON, OVERDUE, ESCALATED,
    FINDING_RECORDED, FINDING_RETURNED, FINDING_REOPENED, CORRECTION_SUBMITTED, FINDING_DUE_SOON, FINDING_OVERDUE,
    REPORT_SUBMITTED, REPORT_RETURNED, REPORT_REOPENED, REPORT_APPROVED, REPORT_DUE_SOON, REPORT_OVERDUE,
    COMMENT_MENTION;

    public String messageKey() {
        return "notification.kind." + name();
    }
}
