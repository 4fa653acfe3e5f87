package com.programdesk.program.ui;

import com.programdesk.base.ui.DateFormats;
import com.programdesk.program.domain.CalendarEntry;
import com.programdesk.program.domain.ObservanceDay;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The days of a month or week page, Monday first: each with its number, the observance days that
 * fall on it, and its activities as chips that open on click and can be dragged to another day.
 */
class CalendarDayGrid extends Div {

    /** What the user does on the grid; the calendar view decides what it means. */
    interface Actions {
        void newActivity(LocalDate day);

        void open(long activityId);

        void move(CalendarEntry entry, LocalDate day);

        void campaignFor(ObservanceDay observance, LocalDate day);
    }

    CalendarDayGrid(LocalDate from, LocalDate to, int month, List<CalendarEntry> dated, List<ObservanceDay> observanceDays,
                    LocalDate today, boolean editable, Actions actions) {
        addClassNames("calendar-grid", month == 0 ? "week" : "month");
        for (DayOfWeek day : DayOfWeek.values()) {
            Span name = new Span(day.getDisplayName(TextStyle.SHORT, getLocale()));
            name.addClassName("calendar-weekday");
            add(name);
        }
        Map<LocalDate, List<CalendarEntry>> byDay = dated.stream().collect(Collectors.groupingBy(e -> e.startsAt().toLocalDate()));
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            Div cell = new Div();
            cell.addClassName("calendar-day");
            if (month != 0 && day.getMonthValue() != month) {
                cell.addClassName("other-month");
            }
            if (day.equals(today)) {
                cell.addClassName("today");
            }
            Span number = new Span(String.valueOf(day.getDayOfMonth()));
            number.addClassName("calendar-day-number");
            cell.add(number);
            cell.getElement().setAttribute("data-date", day.toString());
            LocalDate clicked = day;
            for (ObservanceDay observance : observanceDays) {
                if (observance.fallsOn(day)) {
                    Span label = new Span(observance.label());
                    label.addClassName("calendar-observance");
                    label.getElement().setAttribute("title", getTranslation("calendar.createCampaign"));
                    if (editable) {
                        label.addClickListener(e -> actions.campaignFor(observance, clicked));
                        stopPropagation(label);
                    }
                    cell.add(label);
                }
            }
            byDay.getOrDefault(day, List.of()).forEach(entry -> cell.add(chip(entry, editable, actions)));
            if (editable) {
                cell.addClickListener(e -> actions.newActivity(clicked));
                DropTarget.create(cell).addDropListener(e -> e.getDragData().ifPresent(data -> actions.move((CalendarEntry) data, clicked)));
            }
            add(cell);
        }
    }

    private Div chip(CalendarEntry entry, boolean editable, Actions actions) {
        Div chip = new Div();
        chip.addClassNames("calendar-entry", "type-" + entry.type().name(), "status-" + entry.status().name());
        Span time = new Span(DateFormats.time(entry.startsAt(), getLocale()));
        time.addClassName("calendar-entry-time");
        chip.add(time, new Span(entry.title()));
        chip.getElement().setAttribute("title", entry.title() + " · " + getTranslation(entry.status().messageKey()));
        chip.addClickListener(e -> actions.open(entry.id()));
        stopPropagation(chip);
        if (editable && entry.status().isOpen()) {
            DragSource.create(chip).setDragData(entry);
        }
        return chip;
    }

    /** The day cell behind opens "new activity" on click; a click on what lies on it must not reach it. */
    private static void stopPropagation(com.vaadin.flow.component.Component component) {
        component.getElement().executeJs("this.addEventListener('click', e => e.stopPropagation())");
    }
}
