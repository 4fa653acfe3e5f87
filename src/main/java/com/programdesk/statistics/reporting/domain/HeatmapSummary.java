package com.programdesk.statistics.reporting.domain;

import java.time.LocalDate;

/**
 * One period over the institutions of an area (or all) that file the form: how many are expected, received
 * (submitted or approved) and approved, and whether the due day has passed.
 */
public record HeatmapSummary(LocalDate period, int expected, int received, int approved, boolean due) {

    /** The heatmap's colour of an area's period: all approved, all received, some missing after the due day, not due yet. */
    public CellState state() {
        if (expected > 0 && approved >= expected) {
            return CellState.APPROVED;
        }
        if (expected > 0 && received >= expected) {
            return CellState.SUBMITTED;
        }
        return due ? CellState.MISSING : received > 0 ? CellState.IN_PROGRESS : CellState.NOT_DUE;
    }

    public int receivedPercent() {
        return expected == 0 ? 0 : Math.round(received * 100f / expected);
    }
}
