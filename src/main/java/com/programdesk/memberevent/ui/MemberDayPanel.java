package com.programdesk.memberevent.ui;

import com.programdesk.memberevent.domain.BranchOnDay;
import com.programdesk.memberevent.domain.MemberEventType;
import com.programdesk.memberevent.service.MemberEventService;
import com.programdesk.program.calendar.domain.ObservanceDay;
import com.programdesk.program.calendar.service.ObservanceDayService;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * One observance day of one year (5.29 会员日 by default): every branch with the events it logged
 * for that day, or a red "未报送" so the association can chase it. Association staff click a branch
 * to log its event.
 */
class MemberDayPanel extends Div {

    private static final int MEMBER_DAY_MONTH = 5;
    private static final int MEMBER_DAY_OF_MONTH = 29;

    final ComboBox<ObservanceDay> observanceDay = new ComboBox<>();
    final Select<Integer> year = new Select<>();
    final Span reportedCount = new Span();
    final Grid<BranchOnDay> grid = new Grid<>(BranchOnDay.class, false);
    private final MemberEventService events;

    MemberDayPanel(MemberEventService events, ObservanceDayService observanceDays, Clock clock, LogFor logFor) {
        this.events = events;
        addClassName("member-day");
        setSizeFull();
        LocalDate today = LocalDate.now(clock);
        List<ObservanceDay> days = observanceDays.active();
        observanceDay.setLabel(getTranslation("memberEvent.field.observanceDay"));
        observanceDay.setItems(days);
        observanceDay.setItemLabelGenerator(d -> d.label(getLocale()));
        observanceDay.setWidth("16rem");
        observanceDay.setValue(days.stream().filter(MemberDayPanel::isMemberDay).findFirst()
                .orElse(days.isEmpty() ? null : days.getFirst()));
        year.setLabel(getTranslation("memberEvent.field.year"));
        year.setItems(Years.recent(clock));
        year.setItemLabelGenerator(String::valueOf);
        year.setValue(observanceDay.getValue() != null && dayIn(observanceDay.getValue(), today.getYear()).isAfter(today)
                ? today.getYear() - 1 : today.getYear());
        reportedCount.addClassName("member-day-count");

        grid.addColumn(BranchOnDay::branchName).setHeader(getTranslation("memberEvent.field.branch")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(LitRenderer.<BranchOnDay>of("<span theme=\"badge ${item.theme}\">${item.label}</span>")
                        .withProperty("theme", b -> b.reported() ? "success" : "error primary")
                        .withProperty("label", b -> getTranslation(b.reported() ? "memberEvent.reported" : "memberEvent.missing")))
                .setHeader(getTranslation("memberEvent.field.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(b -> b.titles() == null ? "" : b.titles()).setHeader(getTranslation("memberEvent.field.title")).setFlexGrow(3)
                .setTooltipGenerator(b -> b.titles() == null ? "" : b.titles());
        count("memberEvent.field.members", BranchOnDay::members);
        count("memberEvent.field.others", BranchOnDay::others);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        if (events.canLog()) {
            grid.addItemClickListener(e -> day().ifPresent(
                    day -> logFor.log(e.getItem().branchId(), day, typeOf(observanceDay.getValue()))));
        }
        observanceDay.addValueChangeListener(e -> refresh());
        year.addValueChangeListener(e -> refresh());
        Div filters = new Div(observanceDay, year, reportedCount);
        filters.addClassName("view-toolbar");
        add(filters, grid);
        if (events.canLog()) {
            Span help = new Span(getTranslation("memberEvent.help.logMissing"));
            help.addClassName("secondary");
            add(help);
        }
        refresh();
    }

    /** Opens the form to log a branch's event for the chosen day. */
    interface LogFor {
        void log(long branchId, LocalDate day, MemberEventType type);
    }

    void refresh() {
        List<BranchOnDay> branches = day().map(events::onDay).orElse(List.of());
        grid.setItems(branches);
        reportedCount.setText(getTranslation("memberEvent.reportedCount", branches.stream().filter(BranchOnDay::reported).count(),
                branches.size()));
    }

    Optional<LocalDate> day() {
        if (observanceDay.getValue() == null || year.getValue() == null) {
            return Optional.empty();
        }
        return Optional.of(dayIn(observanceDay.getValue(), year.getValue()));
    }

    /** A head count, left empty for a branch that has not reported (rather than a misleading 0). */
    private void count(String headerKey, ToIntFunction<BranchOnDay> value) {
        grid.addColumn(b -> b.reported() ? String.valueOf(value.applyAsInt(b)) : "").setHeader(getTranslation(headerKey))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
    }

    /** 5.29 is the association's member day; any other observance day is a campaign. */
    private static MemberEventType typeOf(ObservanceDay day) {
        return isMemberDay(day) ? MemberEventType.MEMBER_DAY : MemberEventType.CAMPAIGN;
    }

    private static boolean isMemberDay(ObservanceDay day) {
        return day.getMonthOfYear() == MEMBER_DAY_MONTH && day.getDayOfMonth() == MEMBER_DAY_OF_MONTH;
    }

    /** The observance day in {@code year}; a 2.29 falls on 2.28 in common years. */
    private static LocalDate dayIn(ObservanceDay day, int year) {
        YearMonth month = YearMonth.of(year, day.getMonthOfYear());
        return month.atDay(Math.min(day.getDayOfMonth(), month.lengthOfMonth()));
    }
}
