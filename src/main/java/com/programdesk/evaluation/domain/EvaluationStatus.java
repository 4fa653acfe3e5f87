package com.programdesk.evaluation.domain;

/** Where a report's generation stands: waiting for the executor, being written, stored, or failed (the user may try again). */
public enum EvaluationStatus {
    QUEUED, RUNNING, DONE, FAILED;

    public String messageKey() {
        return "evaluation.status." + name();
    }

    public boolean isRunning() {
        return this == QUEUED || this == RUNNING;
    }
}
