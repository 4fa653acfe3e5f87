package com.programdesk.supervision.rounds.domain;

import java.time.LocalDate;

/** One institution in a round's scope and how its visit went so far; {@code visitId} is null before the visit is recorded. */
public record VisitSummary(long institutionId, String institutionName, Long visitId, LocalDate visitDate, int itemsChecked,
                           int compliant, int findings, int openFindings) {
}
