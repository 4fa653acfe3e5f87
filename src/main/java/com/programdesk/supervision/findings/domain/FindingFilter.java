package com.programdesk.supervision.findings.domain;

/** The bureau's filters on findings; null means any. */
public record FindingFilter(Long roundId, Long institutionId, FindingSeverity severity, FindingStatus status, boolean overdueOnly) {

    public static FindingFilter none() {
        return new FindingFilter(null, null, null, null, false);
    }

    public FindingFilter withRound(Long round) {
        return new FindingFilter(round, institutionId, severity, status, overdueOnly);
    }
}
