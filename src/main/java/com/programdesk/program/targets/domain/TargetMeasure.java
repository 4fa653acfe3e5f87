package com.programdesk.program.targets.domain;

import com.programdesk.program.plan.domain.MeasuredData;

/**
 * Where a target's actual value comes from; it is always computed, never typed. Reported
 * indicators come from institutions' periodic reports (filled in by the reporting feature);
 * member events are the association's logged events (filled in by the member-event feature).
 */
public enum TargetMeasure {
    DONE_ACTIVITY_COUNT, ATTENDANCE_SUM, REPORTED_INDICATOR, MEMBER_EVENT_COUNT, MEMBER_EVENT_PARTICIPANTS,
    /** Distinct trainees signed in at least once at a session of the program's trainings (the training feature). */
    TRAINEES_TRAINED;

    /** Measures that count events, which come in whole numbers only. */
    public boolean countsEvents() {
        return this == DONE_ACTIVITY_COUNT || this == MEMBER_EVENT_COUNT || this == TRAINEES_TRAINED;
    }

    /** Whether a change of these rows may change a target measured this way (trainees count only sessions of activities not cancelled). */
    public boolean reads(MeasuredData data) {
        return switch (this) {
            case DONE_ACTIVITY_COUNT, ATTENDANCE_SUM -> data == MeasuredData.ACTIVITIES;
            case REPORTED_INDICATOR -> data == MeasuredData.APPROVED_FIGURES;
            case MEMBER_EVENT_COUNT, MEMBER_EVENT_PARTICIPANTS -> data == MeasuredData.MEMBER_EVENTS;
            case TRAINEES_TRAINED -> data == MeasuredData.ACTIVITIES || data == MeasuredData.TRAINING_SIGN_INS;
        };
    }

    public String messageKey() {
        return "target.measure." + name();
    }
}
