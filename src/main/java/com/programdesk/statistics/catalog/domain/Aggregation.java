package com.programdesk.statistics.catalog.domain;

/**
 * How an element's values over several periods make one value: flows add up (SUM), stocks take the
 * last value in the period (LATEST, e.g. the population at the end of the year).
 */
public enum Aggregation {
    SUM, LATEST;

    public String messageKey() {
        return "dataElement.aggregation." + name();
    }
}
