package com.programdesk.supervision.reports.domain;

import com.programdesk.supervision.findings.domain.FindingSeverity;
import com.programdesk.supervision.findings.domain.FindingStatus;
import java.time.LocalDate;

/** One finding as the printed round report lists it under the figures: where, what, what to do, by when, and its state. */
public record RoundReportFinding(String institutionName, String category, FindingSeverity severity, String description,
                                 String requiredCorrection, LocalDate dueDate, FindingStatus status) {
}
