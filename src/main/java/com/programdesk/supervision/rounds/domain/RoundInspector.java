package com.programdesk.supervision.rounds.domain;

import org.springframework.data.relational.core.mapping.Table;

/** A user who inspects for a round (bureau staff or an expert-group member with a viewer account). */
@Table("round_inspector")
public record RoundInspector(long userId) {
}
