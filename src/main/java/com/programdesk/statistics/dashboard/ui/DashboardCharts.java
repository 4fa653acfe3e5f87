package com.programdesk.statistics.dashboard.ui;

import com.programdesk.statistics.catalog.domain.Frequency;
import com.programdesk.statistics.dashboard.domain.Comparison;
import com.programdesk.statistics.dashboard.domain.ComparisonRow;
import com.programdesk.statistics.dashboard.domain.Figure;
import com.programdesk.statistics.dashboard.domain.Trend;
import com.programdesk.statistics.dashboard.domain.TrendSeries;
import com.programdesk.statistics.dashboard.ui.chart.BarChart;
import com.programdesk.statistics.dashboard.ui.chart.Heatmap;
import com.programdesk.statistics.dashboard.ui.chart.LineChart;
import com.programdesk.statistics.reporting.domain.AreaCompletenessRow;
import com.programdesk.statistics.reporting.domain.CellState;
import com.programdesk.statistics.reporting.domain.HeatmapCell;
import com.programdesk.statistics.reporting.domain.HeatmapRow;
import com.programdesk.statistics.reporting.domain.HeatmapSummary;
import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** Turns the dashboard's figures into SVG charts with localized labels and tooltips. */
final class DashboardCharts {

    private final Component owner;
    private final Locale locale;
    private final FigureText figures;

    DashboardCharts(Component owner, Locale locale, int suppressedBelow) {
        this.owner = owner;
        this.locale = locale;
        this.figures = new FigureText(owner, locale, suppressedBelow);
    }

    SvgChart trend(Trend trend) {
        return trend(trend, false);
    }

    /** A trend; compact for the small multiples of an institution's page. */
    SvgChart trend(Trend trend, boolean compact) {
        List<String> periods = trend.periods().stream().map(trend.granularity()::label).toList();
        String unit = trend.indicator().unitSymbol();
        String title = trend.indicator().name(locale) + (unit.isEmpty() ? "" : " (" + unit + ")");
        LineChart chart = new LineChart(title, periods);
        if (compact) {
            chart.width(480);
        }
        for (TrendSeries series : trend.series()) {
            String name = seriesName(series);
            List<LineChart.Point> points = new ArrayList<>();
            for (int i = 0; i < periods.size(); i++) {
                Figure figure = series.figures().get(i);
                points.add(new LineChart.Point(figure.hasValue() ? figure.value().doubleValue() : null,
                        figures.tooltip(name, periods.get(i), trend.indicator(), figure), figure.suppressed()));
            }
            chart.series(name, points);
        }
        return svg(chart::toSvg, "trend-chart");
    }

    SvgChart comparison(Comparison comparison) {
        String unit = comparison.indicator().unitSymbol();
        BarChart chart = new BarChart(comparison.indicator().name(locale) + (unit.isEmpty() ? "" : " (" + unit + ")"));
        for (ComparisonRow row : comparison.rows()) {
            Figure figure = row.figure();
            String value = figure.hasValue() || figure.suppressed() || figure.denominatorMissing() ? figures.value(comparison.indicator(), figure) : "—";
            chart.bar(new BarChart.Bar(barId(row), row.name(), figure.hasValue() ? figure.value().doubleValue() : null, value,
                    figures.tooltip(row.name(), Frequency.MONTHLY.label(comparison.from()) + " – " + Frequency.MONTHLY.label(comparison.to()),
                            comparison.indicator(), figure), figure.suppressed()));
        }
        return svg(chart::toSvg, "comparison-chart");
    }

    /** The {@code data-id} of a comparison bar: the institution's id, or {@code area-} and the area's id. */
    static String barId(ComparisonRow row) {
        return row.isArea() ? AREA_PREFIX + row.id() : Long.toString(row.id());
    }

    static final String AREA_PREFIX = "area-";

    /** The areas below, one row each (click one to drill down): per period the share of their institutions' reports received. */
    SvgChart areaHeatmap(String title, Frequency frequency, List<AreaCompletenessRow> rows) {
        List<LocalDate> periods = rows.getFirst().cells().stream().map(HeatmapSummary::period).toList();
        Heatmap chart = new Heatmap(title, periods.stream().map(frequency::label).toList());
        for (AreaCompletenessRow row : rows) {
            String name = row.name(locale);
            chart.row(AREA_PREFIX + row.areaId(), name, row.cells().stream().map(cell -> new Heatmap.Cell(cell.state().name(),
                    cell.expected() == 0 || (!cell.due() && cell.received() == 0) ? "" : cell.receivedPercent() + "%",
                    owner.getTranslation("dashboard.heatmap.areaTooltip", name + " · " + frequency.label(cell.period()), cell.received(),
                            cell.expected(), cell.approved()))).toList());
        }
        return svg(chart::toSvg, "completeness-chart area-completeness-chart");
    }

    SvgChart heatmap(String title, Frequency frequency, List<HeatmapRow> rows, List<HeatmapSummary> summary, List<LocalDate> periods) {
        Heatmap chart = new Heatmap(title, periods.stream().map(frequency::label).toList());
        if (!summary.isEmpty()) {
            chart.summary(owner.getTranslation("dashboard.heatmap.received"),
                    summary.stream().map(s -> s.due() || s.received() > 0 ? s.receivedPercent() + "%" : "").toList());
        }
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale);
        for (HeatmapRow row : rows) {
            chart.row(row.name(), row.cells().stream().map(cell -> new Heatmap.Cell(cell.state().name(), symbol(cell.state()),
                    // the row's name is beside the cell: the tooltip names the period only, which keeps the page's markup small
                    owner.getTranslation("dashboard.heatmap.tooltip", frequency.label(cell.period()), describe(cell, dates)))).toList());
        }
        return svg(chart::toSvg, "completeness-chart");
    }

    String seriesName(TrendSeries series) {
        return series.name() != null ? series.name() : owner.getTranslation("dashboard.allAreas");
    }

    private String describe(HeatmapCell cell, DateTimeFormatter dates) {
        String key = "dashboard.heatmap.detail." + cell.state().name();
        return switch (cell.state()) {
            case LATE -> owner.getTranslation(key, dates.format(cell.firstSubmittedAt()), dates.format(cell.dueDate()),
                    owner.getTranslation(cell.status().messageKey()));
            case MISSING, NOT_DUE -> owner.getTranslation(key, dates.format(cell.dueDate()));
            case IN_PROGRESS -> owner.getTranslation(key, owner.getTranslation(cell.status().messageKey()));
            case APPROVED, SUBMITTED -> owner.getTranslation(key);
        };
    }

    static String symbol(CellState state) {
        return switch (state) {
            case APPROVED -> "✓";
            case SUBMITTED -> "•";
            case IN_PROGRESS -> "✎";
            case LATE -> "!";
            case MISSING -> "×";
            case NOT_DUE -> "";
        };
    }

    private static SvgChart svg(Supplier<String> markup, String className) {
        return new SvgChart(markup, className);
    }
}
