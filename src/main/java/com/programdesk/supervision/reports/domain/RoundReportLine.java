package com.programdesk.supervision.reports.domain;

import com.programdesk.supervision.findings.domain.FindingSeverity;
import com.programdesk.supervision.findings.domain.FindingStatus;
import java.util.Map;

/**
 * One institution's figures in a round report (or the round's totals, with a null institution).
 * Compliance counts a partly compliant item as not compliant; not-applicable items are not checked.
 */
public record RoundReportLine(String institutionName, int itemsChecked, int compliant, int partly, int nonCompliant,
                              Map<FindingSeverity, Integer> findingsBySeverity, Map<FindingStatus, Integer> findingsByStatus,
                              int findings, int closed, int overdue) {

    public RoundReportLine {
        findingsBySeverity = Map.copyOf(findingsBySeverity);
        findingsByStatus = Map.copyOf(findingsByStatus);
    }

    /** Share of checked items that were compliant, 0–100; null when nothing was checked. */
    public Double complianceRate() {
        return itemsChecked == 0 ? null : 100.0 * compliant / itemsChecked;
    }

    /** Share of findings closed, 0–100; null without findings. */
    public Double closureRate() {
        return findings == 0 ? null : 100.0 * closed / findings;
    }

    public int severity(FindingSeverity severity) {
        return findingsBySeverity.getOrDefault(severity, 0);
    }

    public int status(FindingStatus status) {
        return findingsByStatus.getOrDefault(status, 0);
    }
}
