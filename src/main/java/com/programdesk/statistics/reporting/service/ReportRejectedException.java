package com.programdesk.statistics.reporting.service;

import com.programdesk.statistics.catalog.domain.RuleViolation;
import java.util.List;

/** A submission refused by the form's checks; nothing was saved. The UI shows each violation at its row. */
public class ReportRejectedException extends RuntimeException {

    private final transient List<RuleViolation> violations;

    public ReportRejectedException(List<RuleViolation> violations) {
        super(violations.size() + " check(s) failed");
        this.violations = List.copyOf(violations);
    }

    public List<RuleViolation> violations() {
        return violations;
    }
}
