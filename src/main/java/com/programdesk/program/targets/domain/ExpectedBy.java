package com.programdesk.program.targets.domain;

/** How much of a target should be reached by today: evenly over the period, or as planned activities fall due. */
public enum ExpectedBy {
    PRO_RATA, PLANNED_DATES;

    public String messageKey() {
        return "target.expectedBy." + name();
    }
}
