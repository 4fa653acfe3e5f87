package com.programdesk.statistics.reporting.domain;

/**
 * A report's values became approved, or stopped being approved (reopened). Announced inside the
 * workflow step's transaction, so whatever is derived from approved values changes with it or not at all.
 */
public record ApprovedValuesChanged(StatReport report, boolean approved) {

    public static ApprovedValuesChanged approved(StatReport report) {
        return new ApprovedValuesChanged(report, true);
    }

    public static ApprovedValuesChanged withdrawn(StatReport report) {
        return new ApprovedValuesChanged(report, false);
    }
}
