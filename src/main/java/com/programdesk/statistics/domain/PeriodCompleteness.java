package com.programdesk.statistics.domain;

import java.time.LocalDate;

/** One period of a form, all assigned institutions together. */
public record PeriodCompleteness(LocalDate periodStart, LocalDate dueDate, CompletenessTally tally) {
}
