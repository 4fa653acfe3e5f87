package com.programdesk.statistics.expressions.domain;

import java.util.List;

/** What is wrong with an expression as the editor types it: an i18n key and what the message names. */
public record ExpressionProblem(String messageKey, List<Object> arguments) {

    public Object[] args() {
        return arguments.toArray();
    }
}
