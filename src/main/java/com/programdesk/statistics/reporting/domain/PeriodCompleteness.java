package com.programdesk.statistics.reporting.domain;

import java.time.LocalDate;

/** One period of a form, all assigned institutions together. */
public record PeriodCompleteness(LocalDate periodStart, LocalDate dueDate, CompletenessTally tally) {
}
