package com.programdesk.statistics.dashboard.service;

import com.programdesk.statistics.catalog.domain.Indicator;
import com.programdesk.statistics.dashboard.domain.Figure;
import com.programdesk.statistics.indicators.domain.IndicatorPreview;
import com.programdesk.statistics.indicators.domain.PreviewFigure;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** The indicator page's preview, computed by the dashboard's own service (same figures, same suppression, same reach). */
@Component
class DashboardIndicatorPreview implements IndicatorPreview {

    private final DashboardService dashboards;

    DashboardIndicatorPreview(DashboardService dashboards) {
        this.dashboards = dashboards;
    }

    @Override
    public PreviewFigure preview(Long areaId, Indicator indicator, LocalDate day) {
        Figure figure = dashboards.preview(areaId, indicator, day);
        return new PreviewFigure(figure.value(), figure.numerator(), figure.denominator(), figure.suppressed(), figure.denominatorMissing());
    }
}
