package com.programdesk.program.activities.domain;

/** Who an activity is for; the first four are the youth the adolescent targets count. */
public enum Audience {
    PRIMARY_UPPER(true), MIDDLE_SCHOOL(true), COLLEGE(true), LEFT_BEHIND_CHILDREN(true),
    CHILDBEARING_AGE_WOMEN(false), PREGNANT_POSTPARTUM(false), MENOPAUSAL_WOMEN(false),
    ENTERPRISE_WORKERS(false), MEDICAL_STAFF(false), PUBLIC(false);

    private final boolean youth;

    Audience(boolean youth) {
        this.youth = youth;
    }

    public boolean isYouth() {
        return youth;
    }

    public String messageKey() {
        return "activity.audience." + name();
    }
}
