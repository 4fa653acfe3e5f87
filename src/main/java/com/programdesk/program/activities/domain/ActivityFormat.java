package com.programdesk.program.activities.domain;

public enum ActivityFormat {
    OFFLINE, ONLINE, HYBRID;

    public String messageKey() {
        return "activity.format." + name();
    }
}
