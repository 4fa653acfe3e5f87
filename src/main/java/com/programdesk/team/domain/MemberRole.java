package com.programdesk.team.domain;

/** What a member does in their working life, as far as the team needs to know. */
public enum MemberRole {
    DOCTOR, MIDWIFE, NURSE, TEACHER, SOCIAL_WORKER, VOLUNTEER, STUDENT, OTHER;

    public String messageKey() {
        return "member.role." + name();
    }
}
