package com.programdesk.supervision.reports.domain;

import com.programdesk.supervision.rounds.domain.RoundStatus;
import java.time.LocalDate;
import java.util.List;

/** A round's report: one line per institution in scope, and the totals; figures as of one day (for "overdue"). */
public record RoundReport(long roundId, String title, String programName, LocalDate startsOn, LocalDate endsOn, RoundStatus status,
                          List<RoundReportLine> lines, RoundReportLine totals, LocalDate asOf) {

    public RoundReport {
        lines = List.copyOf(lines);
    }
}
