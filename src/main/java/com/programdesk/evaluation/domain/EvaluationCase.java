package com.programdesk.evaluation.domain;

import org.jspecify.annotations.Nullable;

/**
 * A good practice (典型案例) shown in section 9 of the report. The cases feature is built separately; until it is wired in, the
 * collector fills the section with an empty list and the report says there is none.
 */
public record EvaluationCase(String title, @Nullable String institutionName, @Nullable String summary, boolean recommended) {
}
