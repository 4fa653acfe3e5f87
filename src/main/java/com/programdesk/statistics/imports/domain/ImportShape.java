package com.programdesk.statistics.imports.domain;

/**
 * How a file lays out its counts: one value per row (institution, period, element, value), or one
 * row per institution and period with a column per data element, as the regional platforms export.
 */
public enum ImportShape {
    LONG, WIDE;

    public String messageKey() {
        return "import.shape." + name();
    }
}
