package com.programdesk.statistics.reporting.domain;

import java.time.LocalDate;

/**
 * One period over all institutions that file the form: how many are expected, received (submitted
 * or approved) and approved, and whether the due day has passed.
 */
public record HeatmapSummary(LocalDate period, int expected, int received, int approved, boolean due) {

    public int receivedPercent() {
        return expected == 0 ? 0 : Math.round(received * 100f / expected);
    }
}
