package com.programdesk.program.domain;

/** Whether a target is met by reaching a value (at least), staying under it (at most), or by a trend. */
public enum TargetDirection {
    AT_LEAST, AT_MOST, RISING, FALLING;

    public String messageKey() {
        return "target.direction." + name();
    }
}
