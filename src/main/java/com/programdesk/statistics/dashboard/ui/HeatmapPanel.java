package com.programdesk.statistics.dashboard.ui;

import com.programdesk.statistics.catalog.domain.ReportForm;
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
 * Who has reported (报送完整性): institutions × periods of one form, coloured by state, one page
 * of institutions at a time so that a province's thousands of institutions stay light.
 */
class HeatmapPanel extends Div {

    static final int PAGE = 20;

    final ComboBox<ReportForm> form = new ComboBox<>();
    final Button previous = new Button(VaadinIcon.ANGLE_LEFT.create());
    final Button next = new Button(VaadinIcon.ANGLE_RIGHT.create());
    final Span pageInfo = new Span();
    final Div chartHolder = new Div();
    SvgChart chart;
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
        add(new H3(getTranslation("dashboard.section.completeness")), toolbar, legend(), chartHolder);
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
        chart = null;
        if (form.getValue() == null) {
            return;
        }
        view.showing(() -> {
            List<Long> chosen = view.selection().institutionIds();
            int total = heatmaps.countHeatmapRows(formId(), chosen);
            if (offset >= total) {
                offset = Math.max(0, (total - 1) / PAGE * PAGE);
            }
            LocalDate from = view.from.getValue();
            LocalDate to = view.to.getValue();
            List<HeatmapRow> rows = heatmaps.heatmap(formId(), from, to, chosen, offset, PAGE);
            List<HeatmapSummary> summary = heatmaps.heatmapSummary(formId(), from, to);
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
