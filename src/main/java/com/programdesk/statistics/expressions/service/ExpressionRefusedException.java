package com.programdesk.statistics.expressions.service;

import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.statistics.expressions.domain.ExpressionProblem;

/** An indicator's expression or a validation rule's side refused at its field, with what the message names (a position, a code, period types, units). */
public class ExpressionRefusedException extends InvalidFieldException {

    private final transient ExpressionProblem problem;

    public ExpressionRefusedException(String field, ExpressionProblem problem) {
        super(field, problem.messageKey());
        this.problem = problem;
    }

    public Object[] arguments() {
        return problem.args();
    }
}
