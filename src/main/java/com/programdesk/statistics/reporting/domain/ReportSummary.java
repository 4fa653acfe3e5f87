package com.programdesk.statistics.reporting.domain;

import com.programdesk.area.domain.AreaLevel;
import com.programdesk.base.domain.Localized;
import com.programdesk.statistics.catalog.domain.Frequency;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

/** A report as lists show it. */
public record ReportSummary(long id, long reportFormId, String formNameZh, String formNameEn, long institutionId, String institutionName,
                            LocalDate periodStart, Frequency frequency, ReportStatus status, int returnCount,
                            LocalDateTime firstSubmittedAt, LocalDateTime submittedAt, LocalDate dueDate, AreaLevel approvedLevel) {

    public ReportSummary(long id, long reportFormId, String formNameZh, String formNameEn, long institutionId, String institutionName,
                         LocalDate periodStart, Frequency frequency, ReportStatus status, int returnCount,
                         LocalDateTime firstSubmittedAt, LocalDateTime submittedAt, LocalDate dueDate) {
        this(id, reportFormId, formNameZh, formNameEn, institutionId, institutionName, periodStart, frequency, status, returnCount,
                firstSubmittedAt, submittedAt, dueDate, null);
    }

    public boolean isLate(LocalDate today) {
        return StatReport.isLate(firstSubmittedAt, dueDate, today);
    }

    public String formName(Locale locale) {
        return Localized.pick(locale, formNameZh, formNameEn);
    }

    public String periodLabel() {
        return frequency.label(periodStart);
    }
}
