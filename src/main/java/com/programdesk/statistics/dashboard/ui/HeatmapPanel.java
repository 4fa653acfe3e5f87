package com.programdesk.statistics.dashboard.ui;

import com.programdesk.statistics.catalog.domain.ReportForm;
import com.programdesk.statistics.reporting.domain.AreaCompletenessRow;
import com.programdesk.statistics.reporting.domain.CellState;
import com.programdesk.statistics.reporting.domain.HeatmapCell;
import com.programdesk.statistics.reporting.domain.HeatmapRow;
import com.programdesk.statistics.reporting.domain.HeatmapSummary;
import com.programdesk.statistics.reporting.service.HeatmapService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.LocalDate;
import java.util.List;

/**
 * Who has reported (报送完整性) in the area shown: first one row per area right below it (the share of its
 * institutions' reports received per period; click a row to drill down to that area), then its institutions ×
 * periods of one form, coloured by state, one page of institutions at a time so that a province's thousands of
 * institutions stay light.
 */
class HeatmapPanel extends Div {

    static final int PAGE = 20;

    final ComboBox<ReportForm> form = new ComboBox<>();
    final Button previous = new Button(VaadinIcon.ANGLE_LEFT.create());
    final Button next = new Button(VaadinIcon.ANGLE_RIGHT.create());
    final Span pageInfo = new Span();
    final Div chartHolder = new Div();
    final Div areaHolder = new Div();
    SvgChart chart;
    SvgChart areaChart;
    List<AreaCompletenessRow> areaRows = List.of();
    int offset;

    private final HeatmapService heatmaps;
    private final int suppressedBelow;
    private final DashboardView view;

    HeatmapPanel(HeatmapService heatmaps, int suppressedBelow, List<ReportForm> forms, DashboardView view) {
        this.suppressedBelow = suppressedBelow;
        this.heatmaps = heatmaps;
        this.view = view;
        addClassName("dashboard-panel");
        form.setLabel(getTranslation("dashboard.filter.form"));
        form.setItems(forms);
        form.setItemLabelGenerator(f -> f.name(getLocale()));
        form.setValue(forms.isEmpty() ? null : forms.getFirst());
        form.setWidth("22rem");
        form.addValueChangeListener(e -> {
            offset = 0;
            refresh();
        });
        previous.setAriaLabel(getTranslation("dashboard.heatmap.previous"));
        next.setAriaLabel(getTranslation("dashboard.heatmap.next"));
        previous.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        next.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        previous.addClickListener(e -> page(-PAGE));
        next.addClickListener(e -> page(PAGE));
        Div pager = new Div(previous, pageInfo, next);
        pager.addClassName("dashboard-pager");
        Div toolbar = new Div(form, pager);
        toolbar.addClassName("view-toolbar");
        chartHolder.addClassName("chart-frame");
        areaHolder.addClassName("chart-frame");
        add(new H3(getTranslation("dashboard.section.completeness")), toolbar, legend(), areaHolder, chartHolder);
        refresh();
    }

    long formId() {
        return form.getValue().id();
    }

    private void page(int by) {
        offset = Math.max(0, offset + by);
        refresh();
    }

    void refresh() {
        chartHolder.removeAll();
        areaHolder.removeAll();
        chart = null;
        areaChart = null;
        areaRows = List.of();
        if (form.getValue() == null) {
            return;
        }
        view.showing(() -> {
            List<Long> chosen = view.selection().institutionIds();
            if (chosen.isEmpty()) {
                showAreaRows();
            }
            int total = heatmaps.countHeatmapRows(formId(), view.areaId(), chosen);
            if (offset >= total) {
                offset = Math.max(0, (total - 1) / PAGE * PAGE);
            }
            LocalDate from = view.from.getValue();
            LocalDate to = view.to.getValue();
            List<HeatmapRow> rows = heatmaps.heatmap(formId(), view.areaId(), from, to, chosen, offset, PAGE);
            List<HeatmapSummary> summary = heatmaps.heatmapSummary(formId(), view.areaId(), from, to);
            pageInfo.setText(total == 0 ? getTranslation("dashboard.heatmap.none")
                    : getTranslation("dashboard.heatmap.page", offset + 1, Math.min(offset + PAGE, total), total));
            previous.setEnabled(offset > 0);
            next.setEnabled(offset + PAGE < total);
            if (rows.isEmpty()) {
                chartHolder.add(new Paragraph(getTranslation("dashboard.heatmap.noneAssigned")));
                return;
            }
            List<LocalDate> periods = rows.getFirst().cells().stream().map(HeatmapCell::period).toList();
            chart = new DashboardCharts(this, getLocale(), suppressedBelow)
                    .heatmap(form.getValue().name(getLocale()), form.getValue().frequency(), rows, summary, periods);
            chartHolder.add(chart);
        });
    }

    /** The areas below the one shown, each a row that drills down to it. */
    private void showAreaRows() {
        areaRows = heatmaps.areaRows(formId(), view.areaId(), view.from.getValue(), view.to.getValue());
        if (areaRows.isEmpty()) {
            return;
        }
        areaChart = new DashboardCharts(this, getLocale(), suppressedBelow)
                .areaHeatmap(getTranslation("dashboard.heatmap.areas", view.areaName()), form.getValue().frequency(), areaRows);
        areaChart.getElement().addEventListener("click", e -> open(e.getEventData().get(ComparisonPanel.BAR_ID))).addEventData(ComparisonPanel.BAR_ID);
        areaChart.getElement().addEventListener("keydown", e -> open(e.getEventData().get(ComparisonPanel.BAR_ID)))
                .setFilter("event.key === 'Enter'").addEventData(ComparisonPanel.BAR_ID);
        Paragraph help = new Paragraph(getTranslation("dashboard.heatmap.areaHelp"));
        help.addClassName("secondary");
        areaHolder.add(help, areaChart);
    }

    /** Drills down to a row's area; only an area shown in the rows opens (the id comes from the browser). */
    private void open(tools.jackson.databind.JsonNode id) {
        if (id == null || id.isNull()) {
            return;
        }
        String key = id.asString();
        areaRows.stream().filter(r -> (DashboardCharts.AREA_PREFIX + r.areaId()).equals(key)).findFirst()
                .ifPresent(row -> view.drillDownToArea(row.areaId()));
    }

    private Div legend() {
        Div legend = new Div();
        legend.addClassName("heatmap-legend");
        for (CellState state : CellState.values()) {
            Span swatch = new Span(DashboardCharts.symbol(state));
            swatch.addClassNames("swatch", "cell-" + state.name());
            Span item = new Span(swatch, new Span(getTranslation(state.messageKey())));
            item.addClassName("legend-item");
            legend.add(item);
        }
        return legend;
    }
}
