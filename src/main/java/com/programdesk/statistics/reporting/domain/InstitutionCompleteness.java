package com.programdesk.statistics.reporting.domain;

import java.util.List;

/** One assigned institution over a range of periods: each period's cell, oldest first, and the tally over them. */
public record InstitutionCompleteness(long institutionId, String institutionName, List<CompletenessCell> cells, CompletenessTally tally) {

    public InstitutionCompleteness {
        cells = List.copyOf(cells);
    }
}
