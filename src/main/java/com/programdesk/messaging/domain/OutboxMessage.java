package com.programdesk.messaging.domain;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One message of the outbox, as the delivery log shows it: {@code kind} is a notification kind, {@code DIGEST}
 * or {@code TEST}; {@code attempts} above 1 means it was retried. A robot's message has its {@code robotId} and, as
 * recipient, the robot's masked webhook.
 */
public record OutboxMessage(long id, Channel channel, String kind, @Nullable Long userId, String recipient, String locale,
                            String subject, @Nullable String route, OutboxStatus status, int attempts,
                            LocalDateTime nextAttemptAt, @Nullable String lastError, LocalDateTime createdAt,
                            @Nullable LocalDateTime sentAt, @Nullable Long robotId) {

    public static final String DIGEST = "DIGEST";
    public static final String TEST = "TEST";

    public boolean retried() {
        return attempts > 1;
    }
}
