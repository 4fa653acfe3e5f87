package com.programdesk.team.domain;

import java.time.LocalDateTime;

/** A member who already serves another activity at an overlapping time. */
public record DoubleBooking(long memberId, String memberName, long otherActivityId, String otherTitle, LocalDateTime otherStart,
                            LocalDateTime otherEnd) {
}
