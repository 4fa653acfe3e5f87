package com.programdesk.statistics.reporting.ui;

import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.base.ui.DateFormats;
import com.programdesk.base.ui.FormErrors;
import com.programdesk.base.ui.LocalizedDatePicker;
import com.programdesk.statistics.catalog.domain.ReportForm;
import com.programdesk.statistics.catalog.service.StatisticsCatalog;
import com.programdesk.statistics.reporting.domain.CompletenessCell;
import com.programdesk.statistics.reporting.domain.CompletenessTally;
import com.programdesk.statistics.reporting.domain.InstitutionCompleteness;
import com.programdesk.statistics.reporting.domain.PeriodCompleteness;
import com.programdesk.statistics.reporting.domain.ReportStatus;
import com.programdesk.statistics.reporting.service.CompletenessService;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 报送情况: for one form and a range of periods, how many reports were expected, received and on
 * time, per period (with the total) and per institution (each period as a coloured cell that opens
 * the report). The institutions are paged from the database.
 */
class CompletenessPanel extends Div {

    final ComboBox<ReportForm> form = new ComboBox<>();
    final LocalizedDatePicker from = new LocalizedDatePicker();
    final LocalizedDatePicker to = new LocalizedDatePicker();
    final Grid<PeriodCompleteness> periods = new Grid<>(PeriodCompleteness.class, false);
    final Grid<InstitutionCompleteness> institutions = new Grid<>(InstitutionCompleteness.class, false);
    private final FooterRow totals;
    private final Map<Grid.Column<InstitutionCompleteness>, Integer> periodColumns = new HashMap<>();
    private final CompletenessService completeness;
    private final FormErrors errors;
    private boolean settingRange;

    CompletenessPanel(CompletenessService completeness, StatisticsCatalog catalog, Clock clock) {
        this.completeness = completeness;
        addClassName("completeness-panel");
        List<ReportForm> forms = catalog.forms();
        form.setLabel(getTranslation("completeness.field.form"));
        form.setItems(forms);
        form.setItemLabelGenerator(f -> f.name(getLocale()));
        form.setWidth("22rem");
        from.setLabel(getTranslation("completeness.field.from"));
        to.setLabel(getTranslation("completeness.field.to"));
        if (!forms.isEmpty()) {
            ReportForm first = forms.getFirst();
            form.setValue(first);
            defaultRange(first, LocalDate.now(clock));
        }
        errors = new FormErrors().bind("from", from).bind("to", to);
        form.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                defaultRange(e.getValue(), LocalDate.now(clock));
            }
            refresh();
        });
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());

        column(periods, p -> PeriodLabels.of(this, form.getValue().frequency(), p.periodStart()), "completeness.column.period");
        column(periods, p -> DateFormats.date(p.dueDate(), getLocale()), "completeness.column.dueDate");
        tallyColumns(periods, PeriodCompleteness::tally);
        periods.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        periods.setAllRowsVisible(true);
        totals = periods.appendFooterRow();
        institutions.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        institutions.setHeight("28rem");
        institutions.addItemClickListener(e -> Optional.ofNullable(periodColumns.get(e.getColumn()))
                .map(i -> e.getItem().cells().get(i).reportId())
                .ifPresent(id -> getUI().ifPresent(ui -> ui.navigate("reports/" + id))));

        Div filters = new Div(form, from, to);
        filters.addClassName("view-toolbar");
        Paragraph explain = new Paragraph(getTranslation("completeness.explain"));
        explain.addClassName("secondary");
        add(filters, explain, periods, new H3(getTranslation("completeness.byInstitution")), institutions);
        refresh();
    }

    /** The last six periods up to the current one. */
    private void defaultRange(ReportForm chosen, LocalDate today) {
        LocalDate current = chosen.frequency().periodStartOf(today);
        settingRange = true;
        to.setValue(current);
        from.setValue(current.minusMonths(chosen.frequency().months() * 5L));
        settingRange = false;
    }

    void refresh() {
        ReportForm chosen = form.getValue();
        if (settingRange || chosen == null || from.getValue() == null || to.getValue() == null) {
            return;
        }
        from.setInvalid(false);
        to.setInvalid(false);
        List<PeriodCompleteness> rows;
        try {
            rows = completeness.byPeriod(chosen.id(), from.getValue(), to.getValue());
        } catch (InvalidFieldException e) {
            errors.show(e, CompletenessService.MAX_PERIODS);
            return;
        }
        periods.setItems(rows);
        CompletenessTally total = rows.stream().map(PeriodCompleteness::tally).reduce(CompletenessTally.NONE, CompletenessTally::plus);
        List<Grid.Column<PeriodCompleteness>> columns = periods.getColumns();
        totals.getCell(columns.get(0)).setText(getTranslation("completeness.total"));
        List<String> figures = figures(total);
        for (int i = 0; i < figures.size(); i++) {
            totals.getCell(columns.get(i + 2)).setText(figures.get(i));
        }
        institutionColumns(chosen, rows);
        LocalDate first = from.getValue();
        LocalDate last = to.getValue();
        institutions.setItems(q -> completeness.byInstitution(chosen.id(), first, last, q.getOffset(), q.getLimit()).stream(),
                q -> completeness.countInstitutions(chosen.id()));
    }

    private void institutionColumns(ReportForm chosen, List<PeriodCompleteness> rows) {
        institutions.removeAllColumns();
        periodColumns.clear();
        institutions.addColumn(InstitutionCompleteness::institutionName).setHeader(getTranslation("completeness.column.institution"))
                .setFlexGrow(3).setFrozen(true).setWidth("14rem");
        institutions.addColumn(r -> r.tally().received() + " / " + r.tally().due())
                .setHeader(getTranslation("completeness.column.received")).setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        institutions.addColumn(r -> rate(r.tally().receivedRate())).setHeader(getTranslation("completeness.column.receivedRate"))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        institutions.addColumn(r -> rate(r.tally().onTimeRate())).setHeader(getTranslation("completeness.column.onTimeRate"))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        for (int i = 0; i < rows.size(); i++) {
            int index = i;
            Grid.Column<InstitutionCompleteness> column = institutions.addColumn(LitRenderer.<InstitutionCompleteness>of(
                                    "<span theme=\"${item.theme}\" style=\"${item.link}\">${item.label}</span>")
                            .withProperty("theme", r -> ReportBadges.timelinessTheme(r.cells().get(index).timeliness()))
                            .withProperty("label", r -> label(r.cells().get(index)))
                            .withProperty("link", r -> r.cells().get(index).reportId() == null ? "" : "cursor:pointer"))
                    .setHeader(PeriodLabels.of(this, chosen.frequency(), rows.get(index).periodStart())).setAutoWidth(true).setFlexGrow(0);
            periodColumns.put(column, index);
        }
    }

    private String label(CompletenessCell cell) {
        return cell.status() == ReportStatus.RETURNED && !cell.timeliness().isReceived()
                ? getTranslation(ReportStatus.RETURNED.messageKey()) : getTranslation(cell.timeliness().messageKey());
    }

    private void tallyColumns(Grid<PeriodCompleteness> grid, ValueProvider<PeriodCompleteness, CompletenessTally> tally) {
        column(grid, p -> String.valueOf(tally.apply(p).expected()), "completeness.column.expected");
        column(grid, p -> String.valueOf(tally.apply(p).received()), "completeness.column.received");
        column(grid, p -> rate(tally.apply(p).receivedRate()), "completeness.column.receivedRate");
        column(grid, p -> String.valueOf(tally.apply(p).onTime()), "completeness.column.onTime");
        column(grid, p -> rate(tally.apply(p).onTimeRate()), "completeness.column.onTimeRate");
        column(grid, p -> String.valueOf(tally.apply(p).late()), "completeness.column.late");
        column(grid, p -> String.valueOf(tally.apply(p).missing()), "completeness.column.missing");
        column(grid, p -> String.valueOf(tally.apply(p).pending()), "completeness.column.pending");
    }

    /** The tally's figures in the order of {@link #tallyColumns}. */
    private static List<String> figures(CompletenessTally tally) {
        return List.of(String.valueOf(tally.expected()), String.valueOf(tally.received()), rate(tally.receivedRate()),
                String.valueOf(tally.onTime()), rate(tally.onTimeRate()), String.valueOf(tally.late()), String.valueOf(tally.missing()),
                String.valueOf(tally.pending()));
    }

    private void column(Grid<PeriodCompleteness> grid, ValueProvider<PeriodCompleteness, String> value, String key) {
        Grid.Column<PeriodCompleteness> column = grid.addColumn(value).setHeader(getTranslation(key)).setAutoWidth(true);
        if (grid.getColumns().size() > 2) {
            column.setTextAlign(ColumnTextAlign.END);
        }
    }

    static String rate(Optional<BigDecimal> rate) {
        return rate.map(r -> r.toPlainString() + "%").orElse("—");
    }
}
