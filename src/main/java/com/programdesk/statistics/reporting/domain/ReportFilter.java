package com.programdesk.statistics.reporting.domain;

import java.time.LocalDate;

/** What the report lists show; null fields match everything. */
public record ReportFilter(Long reportFormId, Long institutionId, ReportStatus status, LocalDate periodFrom, LocalDate periodTo) {

    public static ReportFilter all() {
        return new ReportFilter(null, null, null, null, null);
    }
}
