package com.programdesk.evaluation.domain;

import org.jspecify.annotations.Nullable;

/** A good practice (典型案例) the bureau recommended, shown in section 9 of the report with the start of its text. */
public record EvaluationCase(String title, @Nullable String institutionName, @Nullable String summary) {
}
