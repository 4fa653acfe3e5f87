package com.programdesk.notification.domain;

import java.time.LocalDateTime;

/** One message to one user, about one task or one supervision finding. */
public record Notification(long id, NotificationKind kind, Long taskId, Long findingId, String subject, LocalDateTime createdAt,
                           LocalDateTime readAt) {

    /** Where opening the notification leads, if anywhere. */
    public java.util.Optional<String> route() {
        if (taskId != null) {
            return java.util.Optional.of("tasks/" + taskId);
        }
        return java.util.Optional.ofNullable(findingId).map(id -> "findings/" + id);
    }

    public boolean isUnread() {
        return readAt == null;
    }
}
