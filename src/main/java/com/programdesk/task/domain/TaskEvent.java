package com.programdesk.task.domain;

/**
 * Something happened to a task that someone should hear about. Published inside the task's
 * transaction, so a notification exists exactly when the change was committed.
 */
public record TaskEvent(Kind kind, long taskId, String title, Long leadInstitutionId, long stepId) {

    public enum Kind {
        ASSIGNED, RETURNED, SUBMITTED, REMINDED
    }
}
