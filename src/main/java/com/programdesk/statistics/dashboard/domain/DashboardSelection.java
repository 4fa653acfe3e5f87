package com.programdesk.statistics.dashboard.domain;

import com.programdesk.statistics.catalog.domain.Frequency;
import java.time.LocalDate;
import java.util.List;

/**
 * What a dashboard shows: the program whose targets head it, the area (null: the user's own, or the whole
 * installation for users bound to none), the indicator of the trend and the comparison, the range of periods,
 * their granularity, the chosen institutions (empty: the area's line alone in the trend, the area's children in
 * the comparison, every institution of the area in the heatmap) and the heatmap's form.
 */
public record DashboardSelection(Long programId, Long areaId, long indicatorId, LocalDate from, LocalDate to, Frequency granularity,
                                 List<Long> institutionIds, long formId) {

    public DashboardSelection {
        institutionIds = List.copyOf(institutionIds);
    }
}
