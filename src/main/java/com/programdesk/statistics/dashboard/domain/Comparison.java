package com.programdesk.statistics.dashboard.domain;

import com.programdesk.statistics.catalog.domain.Indicator;
import java.time.LocalDate;
import java.util.List;

/**
 * Areas or institutions side by side for one indicator over one range, highest value first; withheld, figures
 * without a denominator and empty ones last. {@code count} counts every row there is, {@code rows} may be fewer.
 */
public record Comparison(Indicator indicator, LocalDate from, LocalDate to, List<ComparisonRow> rows, int count) {

    public Comparison {
        rows = List.copyOf(rows);
    }
}
