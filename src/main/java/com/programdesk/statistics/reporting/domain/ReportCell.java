package com.programdesk.statistics.reporting.domain;

/** One element's value on a report, with the reporter's explanation when a warning asked for one. */
public record ReportCell(Long value, String note) {

    public static final int NOTE_MAX = 500;
    public static final long VALUE_MAX = 999_999_999L;
}
