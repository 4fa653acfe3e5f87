package com.programdesk.program.calendar.ui;

import com.programdesk.base.ui.DateFormats;
import com.programdesk.program.activities.domain.CalendarEntry;
import com.programdesk.program.calendar.domain.ObservanceDay;
import com.vaadin.flow.component.html.Div;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.web.util.HtmlUtils;

/**
 * The days of a month or week page, Monday first: each with its number, the observance days that
 * fall on it, and its activities, which open on click and can be dragged to another day.
 *
 * <p>Drawn as plain HTML with one click and one drop listener, not a component per day and entry:
 * a month holds a few hundred elements, and as components they would cost every open calendar
 * tab that much server memory.
 */
class CalendarDayGrid extends Div {

    static final String ENTRY_ID = "event.target.closest('[data-id]') ? event.target.closest('[data-id]').dataset.id : ''";
    static final String OBSERVANCE = "event.target.closest('[data-observance]') ? event.target.closest('[data-observance]').dataset.observance : ''";
    static final String DAY = "event.target.closest('[data-date]') ? event.target.closest('[data-date]').dataset.date : ''";

    /** What the user does on the grid; the calendar view decides what it means. */
    interface Actions {
        void newActivity(LocalDate day);

        void open(long activityId);

        void move(long activityId, LocalDate day);

        void campaignFor(ObservanceDay observance, LocalDate day);
    }

    private final List<LocalDate> days = new ArrayList<>();
    private final Map<LocalDate, List<CalendarEntry>> byDay;
    private final List<ObservanceDay> observanceDays;

    CalendarDayGrid(LocalDate from, LocalDate to, int month, List<CalendarEntry> dated, List<ObservanceDay> observanceDays,
                    LocalDate today, boolean editable, Actions actions) {
        this.observanceDays = observanceDays;
        this.byDay = dated.stream().collect(Collectors.groupingBy(e -> e.startsAt().toLocalDate()));
        addClassNames("calendar-grid", month == 0 ? "week" : "month");
        StringBuilder html = new StringBuilder();
        for (DayOfWeek day : DayOfWeek.values()) {
            html.append("<span class=\"calendar-weekday\">").append(escape(day.getDisplayName(TextStyle.SHORT, getLocale()))).append("</span>");
        }
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            days.add(day);
            html.append("<div class=\"calendar-day").append(month != 0 && day.getMonthValue() != month ? " other-month" : "")
                    .append(day.equals(today) ? " today" : "").append("\" data-date=\"").append(day).append("\">")
                    .append("<span class=\"calendar-day-number\">").append(day.getDayOfMonth()).append("</span>");
            for (ObservanceDay observance : observanceDays) {
                if (observance.fallsOn(day)) {
                    html.append("<span class=\"calendar-observance\" data-observance=\"").append(observance.getId()).append("\" title=\"")
                            .append(escape(getTranslation("calendar.createCampaign"))).append("\">").append(escape(observance.label(getLocale()))).append("</span>");
                }
            }
            for (CalendarEntry entry : byDay.getOrDefault(day, List.of())) {
                html.append("<div class=\"calendar-entry type-").append(entry.type().name()).append(" status-").append(entry.status().name())
                        .append("\" data-id=\"").append(entry.id()).append("\" draggable=\"").append(editable && entry.status().isOpen())
                        .append("\" title=\"").append(escape(entry.title() + " · " + getTranslation(entry.status().messageKey()))).append("\">")
                        .append("<span class=\"calendar-entry-time\">").append(DateFormats.time(entry.startsAt(), getLocale())).append("</span>")
                        .append("<span>").append(escape(entry.title())).append("</span></div>");
            }
            html.append("</div>");
        }
        getElement().setProperty("innerHTML", html.toString());
        getElement().addEventListener("click", e -> {
            String id = e.getEventData().get(ENTRY_ID).asString();
            String observance = e.getEventData().get(OBSERVANCE).asString();
            String day = e.getEventData().get(DAY).asString();
            if (!id.isEmpty()) {
                actions.open(Long.parseLong(id));
            } else if (editable && !observance.isEmpty()) {
                observanceDays.stream().filter(o -> o.getId().toString().equals(observance)).findFirst()
                        .ifPresent(o -> actions.campaignFor(o, LocalDate.parse(day)));
            } else if (editable && !day.isEmpty()) {
                actions.newActivity(LocalDate.parse(day));
            }
        }).addEventData(ENTRY_ID).addEventData(OBSERVANCE).addEventData(DAY);
        if (editable) {
            getElement().addEventListener("calendar-move", e -> actions.move(
                    Long.parseLong(e.getEventData().get("event.detail.id").asString()),
                    LocalDate.parse(e.getEventData().get("event.detail.date").asString())))
                    .addEventData("event.detail.id").addEventData("event.detail.date");
            getElement().executeJs("""
                    const grid = this;
                    grid.addEventListener('dragstart', e => {
                      const entry = e.target.closest('[data-id]');
                      if (entry) { e.dataTransfer.setData('text/plain', entry.dataset.id); }
                    });
                    grid.addEventListener('dragover', e => { if (e.target.closest('[data-date]')) { e.preventDefault(); } });
                    grid.addEventListener('drop', e => {
                      const day = e.target.closest('[data-date]');
                      const id = e.dataTransfer.getData('text/plain');
                      if (day && id) {
                        e.preventDefault();
                        grid.dispatchEvent(new CustomEvent('calendar-move', {detail: {id: id, date: day.dataset.date}}));
                      }
                    });""");
        }
    }

    /** The days shown, in order (for tests and the page title). */
    List<LocalDate> days() {
        return days;
    }

    List<CalendarEntry> entriesOn(LocalDate day) {
        return byDay.getOrDefault(day, List.of());
    }

    List<String> observancesOn(LocalDate day) {
        return observanceDays.stream().filter(o -> o.fallsOn(day)).map(o -> o.label(getLocale())).toList();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
