package com.programdesk.statistics.domain;

/** One institution's figure in a comparison. */
public record ComparisonRow(long institutionId, String name, Figure figure) {
}
