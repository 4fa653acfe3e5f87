package com.programdesk.program.activities.domain;

import org.springframework.data.relational.core.mapping.Table;

/** A partner institution of an activity, referenced by id. */
@Table("activity_partner")
public record ActivityPartner(long institutionId) {
}
