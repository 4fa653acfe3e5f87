package com.programdesk.notification.domain;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * Published in the transaction that stored a new notification (never for one that existed already), so
 * that messages outside the portal (e-mail, an outbox) are written in that same transaction.
 */
public record NotificationRecorded(long notificationId, long userId, NotificationKind kind, String subject,
                                   @Nullable String route, LocalDateTime createdAt) {
}
