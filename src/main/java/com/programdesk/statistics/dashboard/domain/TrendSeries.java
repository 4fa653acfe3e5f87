package com.programdesk.statistics.dashboard.domain;

import java.util.List;

/** One line of a trend: the city when {@code institutionId} is null, else one institution; figures follow the trend's periods. */
public record TrendSeries(Long institutionId, String name, List<Figure> figures) {

    public TrendSeries {
        figures = List.copyOf(figures);
    }

    public boolean isCity() {
        return institutionId == null;
    }
}
