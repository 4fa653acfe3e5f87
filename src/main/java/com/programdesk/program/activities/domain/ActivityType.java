package com.programdesk.program.activities.domain;

/** The kinds of activity seen in the pilot plans. */
public enum ActivityType {
    LECTURE, SALON, QUIZ, FREE_CLINIC, CAMPAIGN_DAY, TRAINING, EXCHANGE_MEETING, SUPERVISION_VISIT,
    LIVE_STREAM, SUMMER_CAMP, EXPERIENCE, MEMBER_EVENT;

    public String messageKey() {
        return "activity.type." + name();
    }
}
