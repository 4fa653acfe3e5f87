package com.programdesk.statistics.dashboard.domain;

import com.programdesk.statistics.catalog.domain.Frequency;
import com.programdesk.statistics.catalog.domain.Indicator;
import java.time.LocalDate;
import java.util.List;

/** An indicator period by period: the area's line and chosen institutions' lines, each with one figure per period. */
public record Trend(Indicator indicator, Frequency granularity, List<LocalDate> periods, List<TrendSeries> series) {

    public Trend {
        periods = List.copyOf(periods);
        series = List.copyOf(series);
    }
}
