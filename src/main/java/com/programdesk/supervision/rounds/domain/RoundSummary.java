package com.programdesk.supervision.rounds.domain;

import java.time.LocalDate;

/** A row of the rounds list, with its findings counted; a self-inspection names its institution. */
public record RoundSummary(long id, String title, String programName, LocalDate startsOn, LocalDate endsOn, RoundStatus status,
                           int institutions, int findings, int closedFindings, RoundKind kind, String institutionName) {
}
