package com.programdesk.statistics.dashboard.domain;

import com.programdesk.area.domain.AreaSummary;
import java.util.Map;

/**
 * One area's population figures (of one element, e.g. women of childbearing age) by year. A year without a figure
 * is missing from the map: no rate per population is computed for that area and year.
 */
public record PopulationRow(AreaSummary area, Map<Integer, PopulationFigure> byYear) {

    public PopulationRow {
        byYear = Map.copyOf(byYear);
    }

    /** A figure: typed or pasted by a coordinator, from an institution's approved yearly report, or the sum of the areas below. */
    public record PopulationFigure(long value, Source source) {
    }

    public enum Source {
        ENTERED, REPORTED, ROLLED_UP;

        public String messageKey() {
            return "population.source." + name();
        }
    }
}
