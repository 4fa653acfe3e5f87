package com.programdesk.program.plan.domain;

/**
 * The kinds of rows that targets measure. A change names the kind it touched, so that only the targets measured by
 * it are computed again: a member event logged leaves the progress of activity targets as it was.
 */
public enum MeasuredData {
    ACTIVITIES, MEMBER_EVENTS, APPROVED_FIGURES, TRAINING_SIGN_INS
}
