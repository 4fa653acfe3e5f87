package com.programdesk.statistics.catalog.domain;

/**
 * How an element's values over several periods, institutions or areas make one value: flows add up (SUM),
 * rates and shares are averaged over the values reported (AVERAGE: their sum divided by how many there are),
 * stocks take the last value in the period (LATEST, e.g. the population at the end of the year).
 */
public enum Aggregation {
    SUM, AVERAGE, LATEST;

    /** Whether the element's values go into the running totals (stat_total, stat_fact_year, stat_area_total) with their count. */
    public boolean isTotalled() {
        return this != LATEST;
    }

    public String messageKey() {
        return "dataElement.aggregation." + name();
    }
}
