package com.programdesk.statistics.dashboard.domain;

import java.util.List;

/**
 * One line of a trend: an area's (or, with {@code areaId} and {@code name} null, the whole installation's) when
 * {@code institutionId} is null, else one institution's; figures follow the trend's periods.
 */
public record TrendSeries(Long institutionId, Long areaId, String name, List<Figure> figures) {

    public TrendSeries {
        figures = List.copyOf(figures);
    }

    public boolean isArea() {
        return institutionId == null;
    }
}
