package com.programdesk.supervision.findings.domain;

/** The bureau's answer to a submitted correction. */
public enum CorrectionVerdict {
    ACCEPTED, RETURNED;

    public String messageKey() {
        return "correction.verdict." + name();
    }
}
