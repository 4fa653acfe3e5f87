package com.programdesk.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A date picker whose month and weekday names, buttons and first weekday follow the user's language. */
public class LocalizedDatePicker extends DatePicker {

    public LocalizedDatePicker() {
        Locale locale = getLocale();
        setLocale(locale);
        DatePickerI18n i18n = new DatePickerI18n();
        i18n.setMonthNames(Arrays.stream(java.time.Month.values())
                .map(m -> m.getDisplayName(TextStyle.FULL, locale)).toList());
        List<DayOfWeek> sundayFirst = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        i18n.setWeekdays(sundayFirst.stream().map(d -> d.getDisplayName(TextStyle.FULL, locale)).toList());
        i18n.setWeekdaysShort(sundayFirst.stream().map(d -> d.getDisplayName(TextStyle.SHORT, locale)).toList());
        i18n.setFirstDayOfWeek(1); // Monday, as calendars in China and most of Europe
        i18n.setToday(getTranslation("date.today"));
        i18n.setCancel(getTranslation("action.cancel"));
        setI18n(i18n);
    }
}
