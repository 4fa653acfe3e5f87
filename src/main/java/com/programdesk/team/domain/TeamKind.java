package com.programdesk.team.domain;

/** What a team is for. */
public enum TeamKind {
    SERVICE_GUIDANCE, YOUTH_SERVICE, VOLUNTEER_SERVICE, EXPERT_GROUP, OTHER;

    public String messageKey() {
        return "team.kind." + name();
    }
}
