package com.programdesk.statistics.catalog.domain;

/**
 * How an element's values over a range add up: its aggregation, and how often it is reported (the frequency of the
 * first form it is on, monthly when it is on none), which decides where a range's first period starts.
 */
public record ElementReading(Aggregation aggregation, Frequency frequency) {
}
