package com.programdesk.program.targets.domain;

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

    public String messageKey() {
        return "target.measure." + name();
    }
}
