package com.programdesk.statistics.dashboard.ui;

import com.programdesk.program.targets.domain.TargetProgress;
import com.programdesk.program.targets.service.TargetService;
import com.programdesk.program.targets.ui.TargetProgressCard;
import com.programdesk.statistics.dashboard.domain.Trend;
import com.programdesk.statistics.dashboard.service.DashboardService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;

/** The program's targets with their status, and the chosen indicator's trend for the area shown and the chosen institutions. */
class OverviewPanel extends Div {

    final Div targetList = new Div();
    final Div trendHolder = new Div();
    SvgChart trendChart;

    private final DashboardService dashboards;
    private final TargetService targets;
    private final DashboardView view;
    private final H3 trendTitle = new H3();

    OverviewPanel(DashboardService dashboards, TargetService targets, DashboardView view) {
        this.dashboards = dashboards;
        this.targets = targets;
        this.view = view;
        addClassName("dashboard-panel");
        targetList.addClassName("target-list");
        trendHolder.addClassName("chart-frame");
        Div trendHeader = new Div(trendTitle);
        trendHeader.addClassName("view-toolbar");
        if (!view.seesAreas() && view.ownInstitutionId() != null) {
            Button own = new Button(getTranslation("dashboard.ownInstitution"), VaadinIcon.ARROW_RIGHT.create(),
                    e -> view.drillDown(view.ownInstitutionId()));
            own.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            trendHeader.add(own);
        }
        add(new H3(getTranslation("dashboard.section.targets")), targetList, trendHeader, trendHolder);
        refresh();
    }

    void refresh() {
        targetList.removeAll();
        List<TargetProgress> progress = view.program.getValue() == null ? List.of() : targets.progress(view.program.getValue().getId());
        if (progress.isEmpty()) {
            targetList.add(new Paragraph(getTranslation("program.noTargets")));
        }
        progress.forEach(p -> targetList.add(new TargetProgressCard(p)));

        trendTitle.setText(getTranslation("dashboard.section.trend") + " · " + view.indicator.getValue().name(getLocale())
                + (view.seesAreas() ? " · " + view.areaName() : ""));
        trendHolder.removeAll();
        trendChart = null;
        view.showing(() -> {
            Trend trend = dashboards.trend(view.areaId(), view.indicator.getValue().id(), view.from.getValue(), view.to.getValue(),
                    view.granularity.getValue(), view.selection().institutionIds());
            DashboardCharts charts = new DashboardCharts(this, getLocale(), dashboards.suppressedBelow());
            trendChart = charts.trend(trend);
            trendHolder.add(trendChart);
            if (trend.series().stream().allMatch(s -> s.figures().stream().noneMatch(f -> f.hasValue() || f.suppressed()))) {
                trendHolder.add(new Paragraph(getTranslation("dashboard.noApprovedData")));
            }
        });
    }
}
