package com.programdesk.base.ui;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates in the user's language: 2024年5月29日 in Chinese, May 29, 2024 in English. */
public final class DateFormats {

    private DateFormats() {
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    public static String dateTime(LocalDateTime dateTime, Locale locale) {
        if (dateTime == null) {
            return "";
        }
        return date(dateTime.toLocalDate(), locale) + " "
                + DateTimeFormatter.ofPattern("HH:mm:ss").format(dateTime);
    }

    /** Day and time to the minute, for planned activities (2024年5月29日 14:00). */
    public static String dateTimeToMinute(LocalDateTime dateTime, Locale locale) {
        return dateTime == null ? "" : date(dateTime.toLocalDate(), locale) + " " + time(dateTime, locale);
    }

    public static String time(LocalDateTime dateTime, Locale locale) {
        return dateTime == null ? "" : DateTimeFormatter.ofPattern("HH:mm", locale).format(dateTime);
    }
}
