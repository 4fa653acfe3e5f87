package com.programdesk.supervision.findings.domain;

/**
 * Something happened to a finding that someone should hear about; published inside the change's
 * transaction. {@code stepId} tells repeated steps (a second return) apart.
 */
public record FindingEvent(Kind kind, long findingId, String subject, long institutionId, long stepId) {

    public enum Kind { RECORDED, CORRECTION_SUBMITTED, RETURNED, REOPENED }
}
