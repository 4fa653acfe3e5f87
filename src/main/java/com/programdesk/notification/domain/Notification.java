package com.programdesk.notification.domain;

import java.time.LocalDateTime;
import java.util.Optional;

/** One message to one user, about one task, one supervision finding or one statistical report (by its page). */
public record Notification(long id, NotificationKind kind, Long taskId, Long findingId, String targetRoute, String subject,
                           LocalDateTime createdAt, LocalDateTime readAt) {

    /** Where opening the notification leads, if anywhere. */
    public Optional<String> route() {
        if (taskId != null) {
            return Optional.of("tasks/" + taskId);
        }
        if (findingId != null) {
            return Optional.of("findings/" + findingId);
        }
        return Optional.ofNullable(targetRoute);
    }

    public boolean isUnread() {
        return readAt == null;
    }
}
