package com.programdesk.statistics.domain;

import java.time.LocalDate;
import java.util.List;

/** An indicator period by period: the city's line and chosen institutions' lines, each with one figure per period. */
public record Trend(Indicator indicator, Frequency granularity, List<LocalDate> periods, List<TrendSeries> series) {

    public Trend {
        periods = List.copyOf(periods);
        series = List.copyOf(series);
    }
}
