package com.programdesk.program.calendar.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** Month, week or agenda list; each knows the range it shows around a day. Weeks start on Monday. */
enum CalendarMode {
    MONTH, WEEK, LIST;

    LocalDate firstDay(LocalDate anchor) {
        return switch (this) {
            case MONTH -> anchor.withDayOfMonth(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case WEEK -> anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case LIST -> anchor.withDayOfMonth(1);
        };
    }

    LocalDate lastDay(LocalDate anchor) {
        return switch (this) {
            case MONTH -> anchor.with(TemporalAdjusters.lastDayOfMonth()).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
            case WEEK -> firstDay(anchor).plusDays(6);
            case LIST -> anchor.with(TemporalAdjusters.lastDayOfMonth());
        };
    }

    LocalDate step(LocalDate anchor, int direction) {
        return this == WEEK ? anchor.plusWeeks(direction) : anchor.plusMonths(direction);
    }

    String messageKey() {
        return "calendar.mode." + name();
    }
}
