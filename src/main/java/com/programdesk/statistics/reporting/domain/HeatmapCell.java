package com.programdesk.statistics.reporting.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One institution's report for one period in the completeness heatmap; {@code status} is null when nothing was entered. */
public record HeatmapCell(LocalDate period, CellState state, ReportStatus status, LocalDate dueDate, LocalDateTime firstSubmittedAt) {
}
