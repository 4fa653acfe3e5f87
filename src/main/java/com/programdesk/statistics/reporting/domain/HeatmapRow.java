package com.programdesk.statistics.reporting.domain;

import java.util.List;

/** One institution's row of the completeness heatmap, one cell per period. */
public record HeatmapRow(long institutionId, String name, List<HeatmapCell> cells) {

    public HeatmapRow {
        cells = List.copyOf(cells);
    }
}
