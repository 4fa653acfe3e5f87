package com.programdesk.notification.domain;

import java.time.LocalDateTime;

/** One message to one user, about one task. */
public record Notification(long id, NotificationKind kind, Long taskId, String subject, LocalDateTime createdAt, LocalDateTime readAt) {

    public boolean isUnread() {
        return readAt == null;
    }
}
