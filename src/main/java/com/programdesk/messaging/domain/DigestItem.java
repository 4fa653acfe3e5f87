package com.programdesk.messaging.domain;

import com.programdesk.notification.domain.NotificationKind;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** One notification in a daily digest. */
public record DigestItem(NotificationKind kind, String subject, @Nullable String route, LocalDateTime createdAt) {
}
