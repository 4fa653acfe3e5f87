package com.programdesk.statistics.imports.domain;

import com.programdesk.statistics.catalog.domain.Severity;

/**
 * What can be wrong with a row of an imported file. Errors stop the whole import (nothing is written
 * until the file is corrected); warnings are shown in the preview and do not stop it.
 */
public enum ImportProblemKind {
    FORMULA(Severity.ERROR),
    COLUMN_UNKNOWN(Severity.ERROR),
    COLUMN_DUPLICATE(Severity.ERROR),
    INSTITUTION_MISSING(Severity.ERROR),
    INSTITUTION_UNKNOWN(Severity.ERROR),
    INSTITUTION_INACTIVE(Severity.ERROR),
    NOT_REACHABLE(Severity.ERROR),
    ELEMENT_MISSING(Severity.ERROR),
    ELEMENT_UNKNOWN(Severity.ERROR),
    NOT_ASSIGNED(Severity.ERROR),
    AMBIGUOUS_FORM(Severity.ERROR),
    NOT_ON_VERSION(Severity.ERROR),
    PERIOD_MISSING(Severity.ERROR),
    PERIOD_UNREADABLE(Severity.ERROR),
    PERIOD_NOT_START(Severity.ERROR),
    PERIOD_NOT_OVER(Severity.ERROR),
    VALUE_MISSING(Severity.ERROR),
    VALUE_NOT_NUMBER(Severity.ERROR),
    VALUE_NEGATIVE(Severity.ERROR),
    VALUE_NOT_INTEGER(Severity.ERROR),
    VALUE_TOO_LARGE(Severity.ERROR),
    VALUE_NOT_YES_NO(Severity.ERROR),
    VALUE_NOT_PERCENT(Severity.ERROR),
    DUPLICATE(Severity.ERROR),
    REPORT_SUBMITTED(Severity.ERROR),
    REPORT_APPROVED(Severity.ERROR),
    RULE(Severity.WARNING),
    COLUMN_IGNORED(Severity.WARNING);

    private final Severity severity;

    ImportProblemKind(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** A short name of the kind, for counts. */
    public String labelKey() {
        return "import.kind." + name();
    }

    /** The message, with {0} for the problem's detail (the cell's text, the earlier row, the rule's message). */
    public String messageKey() {
        return "import.problem." + name();
    }
}
