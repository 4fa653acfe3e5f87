package com.programdesk.program.targets.domain;

/** How a target stands today compared with where it should be. */
public enum TargetStatus {
    ACHIEVED, ON_TRACK, AT_RISK, BEHIND, NO_DATA;

    public String messageKey() {
        return "target.status." + name();
    }
}
