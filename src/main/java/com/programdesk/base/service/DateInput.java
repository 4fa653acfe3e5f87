package com.programdesk.base.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The range every date in the portal must fall in: nothing the programs coordinate lies before 2000,
 * or more than ten years ahead; a year typed as 1900 or 20244 is a slip, not a plan.
 */
public final class DateInput {

    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    public static final int YEARS_AHEAD = 10;
    public static final String OUT_OF_RANGE = "validation.dateOutOfRange";

    private DateInput() {
    }

    public static LocalDate latest(Clock clock) {
        return LocalDate.now(clock).plusYears(YEARS_AHEAD);
    }

    public static boolean isWithin(LocalDate date, Clock clock) {
        return date == null || !date.isBefore(EARLIEST) && !date.isAfter(latest(clock));
    }

    /** The date, or refused at {@code field} when it lies outside the range; null passes (required is checked apart). */
    public static LocalDate within(LocalDate date, String field, Clock clock) {
        if (!isWithin(date, clock)) {
            throw new InvalidFieldException(field, OUT_OF_RANGE);
        }
        return date;
    }

    public static LocalDateTime within(LocalDateTime at, String field, Clock clock) {
        within(at == null ? null : at.toLocalDate(), field, clock);
        return at;
    }
}
