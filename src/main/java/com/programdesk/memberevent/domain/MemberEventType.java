package com.programdesk.memberevent.domain;

/** The kinds of association events: member day (5.29 会员日), training, home visit, campaign, other. */
public enum MemberEventType {
    MEMBER_DAY, TRAINING, HOME_VISIT, CAMPAIGN, OTHER;

    public String messageKey() {
        return "memberEvent.type." + name();
    }
}
