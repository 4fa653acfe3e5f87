package com.programdesk.base.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/** Counting in working days: weekends and the given holidays do not count. */
public final class WorkingDays {

    private final Set<LocalDate> holidays;

    public WorkingDays(Set<LocalDate> holidays) {
        this.holidays = Set.copyOf(holidays);
    }

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /** Working days after {@code from} up to and including {@code to}; 0 when {@code to} is not after {@code from}. */
    public int between(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** The day {@code days} working days after (or, when negative, before) {@code from}. */
    public LocalDate plus(LocalDate from, int days) {
        LocalDate day = from;
        int step = days >= 0 ? 1 : -1;
        for (int left = Math.abs(days); left > 0; ) {
            day = day.plusDays(step);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }
}
