package com.programdesk.team.domain;

/** A row of the teams list. */
public record TeamSummary(long id, String name, TeamKind kind, String ownerName, String leaderName, boolean active, int members) {
}
