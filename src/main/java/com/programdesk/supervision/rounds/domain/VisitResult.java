package com.programdesk.supervision.rounds.domain;

import org.springframework.data.relational.core.mapping.Table;

/** The result of one checklist item at one visit; the item is addressed by its position in the visit's template version. */
@Table("visit_result")
public record VisitResult(int itemPosition, ItemResult result, Integer score, String note) {

    public static final int NOTE_MAX = 500;
}
