package com.programdesk.statistics.catalog.domain;

/** Errors block submission; warnings let it through once the value is explained. */
public enum Severity {
    ERROR, WARNING;

    public String messageKey() {
        return "statistics.severity." + name();
    }
}
