package com.programdesk.statistics.rules.domain;

import java.util.List;

/**
 * What testing a rule on past reports found: the failing reports (newest period first, at most the limit asked for),
 * how many reports were read, and whether there are more failures (or reports) than were listed.
 */
public record RuleTestResult(List<RuleFailure> failures, int reportsChecked, boolean more) {

    public RuleTestResult {
        failures = List.copyOf(failures);
    }
}
