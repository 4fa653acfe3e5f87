package com.programdesk.supervision.findings.domain;

import java.time.LocalDate;

/** How serious a finding is; the more serious, the sooner it must be corrected. */
public enum FindingSeverity {
    MINOR(30), MAJOR(15), CRITICAL(7);

    private final int daysToCorrect;

    FindingSeverity(int daysToCorrect) {
        this.daysToCorrect = daysToCorrect;
    }

    public LocalDate defaultDueDate(LocalDate foundOn) {
        return foundOn.plusDays(daysToCorrect);
    }

    /** The day a finding was made, from the default due date the draft got for it. */
    public LocalDate foundOn(LocalDate defaultDueDate) {
        return defaultDueDate.minusDays(daysToCorrect);
    }

    public String messageKey() {
        return "finding.severity." + name();
    }
}
