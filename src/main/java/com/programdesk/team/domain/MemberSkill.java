package com.programdesk.team.domain;

import org.springframework.data.relational.core.mapping.Table;

/** One skill tag of a member, e.g. 青春期教育. */
@Table("team_member_skill")
public record MemberSkill(String skill) {

    public static final int MAX_LENGTH = 40;
}
