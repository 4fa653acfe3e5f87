package com.programdesk.statistics.dashboard.domain;

/** One institution's figure in a comparison. */
public record ComparisonRow(long institutionId, String name, Figure figure) {
}
