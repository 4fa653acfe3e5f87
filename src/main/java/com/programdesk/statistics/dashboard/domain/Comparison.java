package com.programdesk.statistics.dashboard.domain;

import com.programdesk.statistics.catalog.domain.Indicator;
import java.time.LocalDate;
import java.util.List;

/**
 * Institutions side by side for one indicator over one range, highest value first; withheld and
 * empty figures last. {@code institutions} counts every institution with data, {@code rows} may be fewer.
 */
public record Comparison(Indicator indicator, LocalDate from, LocalDate to, List<ComparisonRow> rows, int institutions) {

    public Comparison {
        rows = List.copyOf(rows);
    }
}
