package com.programdesk.statistics.dashboard.ui;

import com.programdesk.statistics.dashboard.domain.Comparison;
import com.programdesk.statistics.dashboard.domain.ComparisonRow;
import com.programdesk.statistics.dashboard.service.DashboardService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.DomListenerRegistration;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The area's children compared for the chosen indicator over the months shown, highest first: the areas right
 * below it and the institutions placed right in it (or, when institutions are chosen, those). Clicking a bar (or
 * Enter on it) drills down to that area ("下钻"), or opens the institution's page.
 */
class ComparisonPanel extends Div {

    /** Finds the bar under the pointer in the browser and sends its id ("area-12" for an area). */
    static final String BAR_ID = "event.target.closest('[data-id]') ? event.target.closest('[data-id]').getAttribute('data-id') : null";

    final Div chartHolder = new Div();
    final Paragraph caption = new Paragraph();
    SvgChart chart;
    Comparison shown;

    private final DashboardService dashboards;
    private final DashboardView view;
    private final H3 title = new H3();

    ComparisonPanel(DashboardService dashboards, DashboardView view) {
        this.dashboards = dashboards;
        this.view = view;
        addClassName("dashboard-panel");
        chartHolder.addClassName("chart-frame");
        caption.addClassName("secondary");
        add(title, caption, chartHolder);
        refresh();
    }

    void refresh() {
        title.setText(getTranslation("dashboard.section.comparison") + " · " + view.indicator.getValue().name(getLocale()) + " · " + view.areaName());
        chartHolder.removeAll();
        chart = null;
        view.showing(() -> {
            List<Long> chosen = view.selection().institutionIds();
            if (chosen.isEmpty()) {
                shown = dashboards.compareChildren(view.areaId(), view.indicator.getValue().id(), view.from.getValue(), view.to.getValue());
                caption.setText(getTranslation("dashboard.comparison.children", view.areaName(), shown.count()));
            } else {
                shown = dashboards.compare(view.areaId(), view.indicator.getValue().id(), view.from.getValue(), view.to.getValue(),
                        chosen, DashboardView.COMPARED);
                caption.setText(getTranslation("dashboard.comparison.caption", shown.rows().size(), shown.count()));
            }
            if (shown.rows().isEmpty()) {
                chartHolder.add(new Paragraph(getTranslation("dashboard.noApprovedData")));
                return;
            }
            chart = new DashboardCharts(this, getLocale(), dashboards.suppressedBelow()).comparison(shown);
            listen(chart.getElement().addEventListener("click", e -> open(e.getEventData().get(BAR_ID))));
            listen(chart.getElement().addEventListener("keydown", e -> open(e.getEventData().get(BAR_ID))).setFilter("event.key === 'Enter'"));
            chartHolder.add(chart);
        });
    }

    private static void listen(DomListenerRegistration registration) {
        registration.addEventData(BAR_ID);
    }

    /** Only a bar that is shown opens anything: the id comes from the browser. */
    private void open(JsonNode id) {
        if (id == null || id.isNull() || shown == null) {
            return;
        }
        String key = id.asString();
        shown.rows().stream().filter(r -> DashboardCharts.barId(r).equals(key)).findFirst().ifPresent(row -> {
            if (row.kind() == ComparisonRow.Kind.AREA) {
                view.drillDownToArea(row.id());
            } else {
                view.drillDown(row.id());
            }
        });
    }
}
