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
            case RETURNED -> "badge error";
            case APPROVED -> "badge success";
        };
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
