package com.programdesk.messaging.domain;

import static com.programdesk.notification.domain.NotificationKind.*;

import com.programdesk.notification.domain.NotificationKind;
import com.programdesk.security.domain.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which notifications a role receives at all, and how each goes out by default: what needs doing
 * (a new task, a return, something overdue, an escalation) by e-mail at once, what is only informative
 * (due soon, approved, waiting for review) in the daily digest. A user changes any of them on 通知设置.
 */
public final class MessageDefaults {

    private static final Set<NotificationKind> INSTITUTION_KINDS = EnumSet.of(ASSIGNED, RETURNED, REMINDED, DUE_SOON, OVERDUE,
            FINDING_RECORDED, FINDING_RETURNED, FINDING_REOPENED, FINDING_DUE_SOON, FINDING_OVERDUE,
            REPORT_RETURNED, REPORT_REOPENED, REPORT_APPROVED, REPORT_DUE_SOON, REPORT_OVERDUE);
    private static final Set<NotificationKind> COORDINATOR_KINDS = EnumSet.of(SUBMITTED, ESCALATED, CORRECTION_SUBMITTED,
            REPORT_SUBMITTED, COMMENT_MENTION);
    private static final Set<NotificationKind> DIGEST_BY_DEFAULT = EnumSet.of(DUE_SOON, FINDING_DUE_SOON, REPORT_DUE_SOON,
            REPORT_APPROVED, SUBMITTED, CORRECTION_SUBMITTED, REPORT_SUBMITTED);

    private MessageDefaults() {
    }

    /** The kinds a user of this role can receive, in the order of the enum. */
    public static List<NotificationKind> kindsFor(Role role) {
        return switch (role) {
            case INSTITUTION, ASSOCIATION -> List.copyOf(INSTITUTION_KINDS);
            case COORDINATOR -> List.copyOf(COORDINATOR_KINDS);
            case ADMIN -> List.of(NotificationKind.values());
            case VIEWER -> List.of(COMMENT_MENTION);
        };
    }

    public static Delivery defaultFor(Role role, NotificationKind kind) {
        if (role == Role.ADMIN || !kindsFor(role).contains(kind)) {
            return Delivery.OFF;
        }
        return DIGEST_BY_DEFAULT.contains(kind) ? Delivery.DIGEST : Delivery.IMMEDIATE;
    }
}
