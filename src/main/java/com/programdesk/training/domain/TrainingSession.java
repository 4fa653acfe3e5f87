package com.programdesk.training.domain;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * One sitting of a training. Sign-in is open from {@link #OPENS_BEFORE} before the start to {@link #CLOSES_AFTER} after the end;
 * a sign-in more than {@link #LATE_AFTER} after the start is marked late.
 */
public record TrainingSession(long id, long activityId, LocalDateTime startsAt, LocalDateTime endsAt, int signedIn) {

    public static final Duration OPENS_BEFORE = Duration.ofMinutes(30);
    public static final Duration CLOSES_AFTER = Duration.ofMinutes(30);
    public static final Duration LATE_AFTER = Duration.ofMinutes(15);

    public LocalDateTime opensAt() {
        return startsAt.minus(OPENS_BEFORE);
    }

    public LocalDateTime closesAt() {
        return endsAt.plus(CLOSES_AFTER);
    }

    public boolean isOpenAt(LocalDateTime time) {
        return !time.isBefore(opensAt()) && !time.isAfter(closesAt());
    }

    public boolean isLateAt(LocalDateTime time) {
        return time.isAfter(startsAt.plus(LATE_AFTER));
    }

    /** The training hours this session counts for, to a tenth of an hour. */
    public double hours() {
        return Math.round(Duration.between(startsAt, endsAt).toMinutes() / 6.0) / 10.0;
    }
}
