package com.programdesk.statistics.dashboard.domain;

import com.programdesk.statistics.catalog.domain.Frequency;
import java.time.LocalDate;
import java.util.List;

/**
 * What a dashboard shows: the program whose targets head it, the indicator of the trend and the
 * comparison, the range of periods, their granularity, the chosen institutions (empty: the city
 * alone in the trend, every institution in the comparison and the heatmap) and the heatmap's form.
 */
public record DashboardSelection(Long programId, long indicatorId, LocalDate from, LocalDate to, Frequency granularity,
                                 List<Long> institutionIds, long formId) {

    public DashboardSelection {
        institutionIds = List.copyOf(institutionIds);
    }
}
