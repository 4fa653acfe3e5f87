package com.programdesk.program.activities.domain;

/** The calendar's filters; null means "any". */
public record ActivityFilter(Long programId, ActivityType type, Audience audience, Long organiserId, ActivityStatus status) {

    public static ActivityFilter none() {
        return new ActivityFilter(null, null, null, null, null);
    }
}
