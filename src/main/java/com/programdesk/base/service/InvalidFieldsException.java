package com.programdesk.base.service;

import java.util.List;

/**
 * A service refused a save because several fields are not acceptable: every field's problem at once, so the form
 * flags them all rather than one per attempt. Stands for the first problem where one field is expected.
 */
public class InvalidFieldsException extends InvalidFieldException {

    private final transient List<InvalidFieldException> problems;

    private InvalidFieldsException(List<InvalidFieldException> problems) {
        super(problems.getFirst().field(), problems.getFirst().messageKey());
        this.problems = List.copyOf(problems);
    }

    /**
     * Throws nothing when {@code problems} is empty, else all of them together (also one alone: the form then
     * knows that every other field is fine and clears its earlier marks).
     */
    public static void throwIfAny(List<InvalidFieldException> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
    }

    /** Each field's problem, in the form's order. */
    public List<InvalidFieldException> problems() {
        return problems;
    }
}
