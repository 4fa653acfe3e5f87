package com.programdesk.statistics.reporting.ui;

import com.programdesk.statistics.reporting.domain.ReportStatus;
import com.programdesk.statistics.reporting.domain.Timeliness;

/** Lumo badge themes and labels of report states (null: nothing entered yet) and of timeliness. */
final class ReportBadges {

    static final String NOT_STARTED = "report.status.none";

    private ReportBadges() {
    }

    static String statusTheme(ReportStatus status) {
        if (status == null) {
            return "badge contrast";
        }
        return switch (status) {
            case DRAFT -> "badge contrast";
            case SUBMITTED -> "badge";
            case LEVEL_APPROVED -> "badge success contrast";
            case RETURNED -> "badge error";
            case APPROVED -> "badge success";
        };
    }

    /** The status as users read it; a report approved by some of its levels names the level ("县区已审核"). */
    static String statusLabel(com.vaadin.flow.component.Component where, ReportStatus status, com.programdesk.area.domain.AreaLevel approvedLevel) {
        if (status == ReportStatus.LEVEL_APPROVED && approvedLevel != null) {
            return where.getTranslation("statistics.status.levelApproved", where.getTranslation("area.levelShort." + approvedLevel.name()));
        }
        return where.getTranslation(statusKey(status));
    }

    static String statusKey(ReportStatus status) {
        return status == null ? NOT_STARTED : status.messageKey();
    }

    static String timelinessTheme(Timeliness timeliness) {
        return switch (timeliness) {
            case ON_TIME -> "badge success small";
            case LATE -> "badge warning small";
            case PENDING -> "badge contrast small";
            case MISSING -> "badge error small";
        };
    }
}
