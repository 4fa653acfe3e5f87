package com.programdesk.supervision.rounds.domain;

import org.springframework.data.relational.core.mapping.Table;

/** An institution a round visits. */
@Table("round_institution")
public record RoundInstitution(long institutionId) {
}
