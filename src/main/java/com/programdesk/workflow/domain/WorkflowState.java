package com.programdesk.workflow.domain;

import java.util.Set;

/**
 * The states of one workflow, as an enum that owns its transitions: each state names the
 * states it may move to, so no other code decides what is allowed.
 */
public interface WorkflowState<S extends Enum<S> & WorkflowState<S>> {

    Set<S> next();

    default boolean canMoveTo(S target) {
        return next().contains(target);
    }
}
