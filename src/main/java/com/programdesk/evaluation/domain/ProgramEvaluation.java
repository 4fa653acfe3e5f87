package com.programdesk.evaluation.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A stored evaluation report of a program (its row without the files): the period it covers, how far its generation has come
 * (steps done of the total), who asked for it and when, and the error when it failed.
 */
public record ProgramEvaluation(long id, long programId, LocalDate from, LocalDate to, EvaluationStatus status, int stepsDone,
                                int stepsTotal, @Nullable String error, String createdBy, LocalDateTime createdAt,
                                @Nullable LocalDateTime finishedAt, boolean hasPdf, boolean hasDocx) {

    /** The share of the steps done, 0 to 1. */
    public double progress() {
        return stepsTotal <= 0 ? 0 : Math.min(1, (double) stepsDone / stepsTotal);
    }
}
