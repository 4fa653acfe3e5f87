package com.programdesk.supervision.rounds.domain;

import org.springframework.data.relational.core.mapping.Table;

/** A user who took part in a visit. */
@Table("visit_inspector")
public record VisitInspector(long userId) {
}
