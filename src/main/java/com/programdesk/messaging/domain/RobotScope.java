package com.programdesk.messaging.domain;

import static com.programdesk.notification.domain.NotificationKind.*;

import com.programdesk.notification.domain.NotificationKind;
import java.util.EnumSet;
import java.util.Set;

/**
 * Whose work-chat group a robot posts to: an institution's (its tasks assigned, returned, due and overdue, its
 * findings, its reports returned or overdue), a team's (the same for the institution that keeps the team) or
 * the bureau's of an area (what waits for the bureau about the institutions of the area and below, and
 * escalations; the nearest area with a bureau robot hears it).
 */
public enum RobotScope {
    INSTITUTION, TEAM, BUREAU;

    private static final Set<NotificationKind> INSTITUTION_KINDS = EnumSet.of(ASSIGNED, RETURNED, DUE_SOON, OVERDUE,
            FINDING_RECORDED, FINDING_RETURNED, FINDING_REOPENED, FINDING_DUE_SOON, FINDING_OVERDUE, REPORT_RETURNED, REPORT_OVERDUE);
    private static final Set<NotificationKind> BUREAU_KINDS = EnumSet.of(SUBMITTED, ESCALATED, CORRECTION_SUBMITTED, REPORT_SUBMITTED);

    public boolean posts(NotificationKind kind) {
        return this == BUREAU ? BUREAU_KINDS.contains(kind) : INSTITUTION_KINDS.contains(kind);
    }

    public String messageKey() {
        return "messaging.robot.scope." + name();
    }
}
