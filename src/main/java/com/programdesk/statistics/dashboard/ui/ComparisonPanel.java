package com.programdesk.statistics.dashboard.ui;

import com.programdesk.statistics.dashboard.domain.Comparison;
import com.programdesk.statistics.dashboard.service.DashboardService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.DomListenerRegistration;
import tools.jackson.databind.JsonNode;

/**
 * Institutions compared for the chosen indicator over the months shown, highest first. Clicking a
 * bar (or Enter on it) opens the institution's page.
 */
class ComparisonPanel extends Div {

    /** Finds the bar under the pointer in the browser and sends its institution id. */
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
        title.setText(getTranslation("dashboard.section.comparison") + " · " + view.indicator.getValue().name(getLocale()));
        chartHolder.removeAll();
        chart = null;
        view.showing(() -> {
            shown = dashboards.compare(view.indicator.getValue().id(), view.from.getValue(), view.to.getValue(),
                    view.selection().institutionIds(), DashboardView.COMPARED);
            caption.setText(getTranslation("dashboard.comparison.caption", shown.rows().size(), shown.institutions()));
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

    private void open(JsonNode id) {
        if (id == null || id.isNull()) {
            return;
        }
        long institutionId = Long.parseLong(id.asString());
        if (shown != null && shown.rows().stream().anyMatch(r -> r.institutionId() == institutionId)) {
            view.drillDown(institutionId);
        }
    }
}
