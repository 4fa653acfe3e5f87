package com.programdesk.statistics.reporting.domain;

import com.programdesk.statistics.catalog.domain.ReportForm;
import java.time.LocalDate;
import java.util.Map;

/**
 * One period's form as the entry grid shows it: the report (not yet saved when nothing was entered),
 * its values by element code, and last period's values for comparison and jump checks.
 */
public record ReportEntry(ReportForm form, String institutionName, StatReport report, Map<String, ReportCell> cells,
                          Map<String, Long> previous) {

    public ReportEntry {
        cells = Map.copyOf(cells);
        previous = Map.copyOf(previous);
    }

    public LocalDate periodStart() {
        return report.getPeriodStart();
    }

    public LocalDate dueDate() {
        return form.dueDate(report.getPeriodStart());
    }
}
