package com.programdesk.supervision.rounds.domain;

/** What the inspector found for one checklist item. */
public enum ItemResult {
    COMPLIANT, PARTLY, NON_COMPLIANT, NOT_APPLICABLE;

    public boolean isApplicable() {
        return this != NOT_APPLICABLE;
    }

    public String messageKey() {
        return "visit.result." + name();
    }
}
