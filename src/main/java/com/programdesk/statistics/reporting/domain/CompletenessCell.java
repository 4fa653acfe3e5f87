package com.programdesk.statistics.reporting.domain;

import java.time.LocalDate;

/** One institution's report for one period as completeness sees it; no report and status null when nothing was entered. */
public record CompletenessCell(LocalDate periodStart, Long reportId, ReportStatus status, Timeliness timeliness) {
}
