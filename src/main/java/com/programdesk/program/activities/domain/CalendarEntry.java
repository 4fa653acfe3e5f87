package com.programdesk.program.activities.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** What the calendar shows of an activity: enough to draw and open it, nothing more. */
public record CalendarEntry(long id, String title, ActivityType type, ActivityStatus status,
                            LocalDateTime startsAt, LocalDateTime endsAt, LocalDate windowStart, LocalDate windowEnd,
                            long organiserId, String place) {

    public boolean isDated() {
        return startsAt != null;
    }
}
