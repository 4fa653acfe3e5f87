package com.programdesk.program.targets.domain;

/** Whether a target is met by reaching a value (at least), staying under it (at most), or by a trend. */
public enum TargetDirection {
    AT_LEAST, AT_MOST, RISING, FALLING;

    /** Rising and falling targets are met by moving the right way against last year, not by reaching a value. */
    public boolean isTrend() {
        return this == RISING || this == FALLING;
    }

    public String messageKey() {
        return "target.direction." + name();
    }
}
