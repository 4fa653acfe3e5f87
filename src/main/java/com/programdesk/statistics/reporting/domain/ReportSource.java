package com.programdesk.statistics.reporting.domain;

/** Whether a report's values were typed into the form or came from a regional platform's export. */
public enum ReportSource {
    ENTRY, IMPORT
}
