package com.programdesk.statistics.reporting.domain;

import java.util.List;

/**
 * One area's row of the completeness heatmap (the children of the area shown): per period, how many of its
 * institutions' reports are expected, received and approved. The dashboard drills down from it to the area.
 */
public record AreaCompletenessRow(long areaId, String nameZh, String nameEn, int expected, List<HeatmapSummary> cells) {

    public AreaCompletenessRow {
        cells = List.copyOf(cells);
    }

    public String name(java.util.Locale locale) {
        return com.programdesk.base.domain.Localized.pick(locale, nameZh, nameEn);
    }
}
