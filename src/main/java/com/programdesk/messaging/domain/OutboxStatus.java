package com.programdesk.messaging.domain;

/**
 * Where a message of the outbox stands: waiting (first try or a retry after a failure), sent, or
 * given up after the last attempt.
 */
public enum OutboxStatus {
    PENDING, SENT, FAILED;

    public String messageKey() {
        return "messaging.status." + name();
    }
}
