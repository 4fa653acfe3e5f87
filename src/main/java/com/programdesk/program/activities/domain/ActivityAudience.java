package com.programdesk.program.activities.domain;

import org.springframework.data.relational.core.mapping.Table;

/** One audience of an activity (a row of the activity's audience set). */
@Table("activity_audience")
public record ActivityAudience(Audience audience) {
}
