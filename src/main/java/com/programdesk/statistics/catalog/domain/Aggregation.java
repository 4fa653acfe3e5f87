package com.programdesk.statistics.catalog.domain;

/** How an element's values over several periods make one value: flows add up, stocks take the newest. */
public enum Aggregation {
    SUM, LATEST
}
