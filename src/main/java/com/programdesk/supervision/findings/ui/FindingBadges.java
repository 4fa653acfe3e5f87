package com.programdesk.supervision.findings.ui;

import com.programdesk.supervision.findings.domain.FindingSeverity;
import com.programdesk.supervision.findings.domain.FindingStatus;

/** Lumo badge themes of finding states and severities, shared by the finding lists and the finding page. */
final class FindingBadges {

    private FindingBadges() {
    }

    static String statusTheme(FindingStatus status) {
        return switch (status) {
            case OPEN -> "badge contrast";
            case SUBMITTED -> "badge";
            case CLOSED -> "badge success";
        };
    }

    static String severityTheme(FindingSeverity severity) {
        return switch (severity) {
            case MINOR -> "badge contrast small";
            case MAJOR -> "badge small";
            case CRITICAL -> "badge error small";
        };
    }
}
