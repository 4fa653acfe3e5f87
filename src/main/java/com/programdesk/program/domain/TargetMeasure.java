package com.programdesk.program.domain;

/**
 * Where a target's actual value comes from; it is always computed, never typed. Reported
 * indicators come from institutions' periodic reports (filled in by the reporting feature).
 */
public enum TargetMeasure {
    DONE_ACTIVITY_COUNT, ATTENDANCE_SUM, REPORTED_INDICATOR;

    public String messageKey() {
        return "target.measure." + name();
    }
}
