package com.programdesk.notification.domain;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * Published in the transaction of a change (or a reminder scan) that notifies about one institution's work,
 * once per event, whoever is notified: for the institution's work-chat groups. {@code eventKey} is the same
 * whenever the same event is seen again (a repeated scan), so that it is posted once.
 */
public record InstitutionNotified(long institutionId, NotificationKind kind, String subject, @Nullable String route, String eventKey,
                                  LocalDateTime createdAt) {
}
