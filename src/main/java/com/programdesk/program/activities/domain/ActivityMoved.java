package com.programdesk.program.activities.domain;

import java.time.LocalDate;

/** An activity got a new day; work planned relative to it (e.g. template tasks) follows. */
public record ActivityMoved(long activityId, LocalDate newDay) {
}
