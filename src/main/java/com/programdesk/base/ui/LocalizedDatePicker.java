package com.programdesk.base.ui;

import com.programdesk.base.service.DateInput;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A date picker whose month and weekday names, buttons and first weekday follow the user's language,
 * limited to the dates the portal accepts ({@link DateInput}) with a message at the field; forms may
 * narrow the range further.
 */
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
        setRange(DateInput.EARLIEST, DateInput.latest(Clock.systemDefaultZone()));
    }

    /**
     * Runs the field's own checks now (text that is no date, a date outside the range, a required field left empty) and
     * says at the field what is wrong; true when the field holds what it accepts. For forms without a binder.
     */
    public boolean check() {
        validate();
        return !isInvalid();
    }

    /**
     * Limits the dates that can be picked or typed, with "choose a date from … to …" at the field: for a date outside
     * the range and for text that is no date at all.
     */
    public LocalizedDatePicker setRange(LocalDate min, LocalDate max) {
        return setRange(min, max, rangeMessage(this, getLocale(), min, max));
    }

    /** The same with a message of the form's own that names the range, e.g. "the period must lie within the program's". */
    public LocalizedDatePicker setRange(LocalDate min, LocalDate max, String message) {
        setMin(min);
        setMax(max);
        setI18n(getI18n().setMinErrorMessage(message).setMaxErrorMessage(message).setBadInputErrorMessage(message));
        return this;
    }

    /** The same range and message for a date-and-time picker. */
    public static DateTimePicker limit(DateTimePicker picker) {
        LocalDate min = DateInput.EARLIEST;
        LocalDate max = DateInput.latest(Clock.systemDefaultZone());
        picker.setMin(min.atStartOfDay());
        picker.setMax(max.atTime(23, 59));
        String message = rangeMessage(picker, picker.getLocale(), min, max);
        DateTimePicker.DateTimePickerI18n i18n = picker.getI18n() == null ? new DateTimePicker.DateTimePickerI18n() : picker.getI18n();
        picker.setI18n(i18n.setMinErrorMessage(message).setMaxErrorMessage(message).setBadInputErrorMessage(message));
        return picker;
    }

    private static String rangeMessage(Component field, Locale locale, LocalDate min, LocalDate max) {
        return field.getTranslation("validation.dateRange", DateFormats.date(min, locale), DateFormats.date(max, locale));
    }
}
