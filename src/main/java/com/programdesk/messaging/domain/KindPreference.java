package com.programdesk.messaging.domain;

import com.programdesk.notification.domain.NotificationKind;

/** A user's choice for one kind of notification, and whether it is the role's default (nothing chosen yet). */
public record KindPreference(NotificationKind kind, Delivery delivery, boolean isDefault) {
}
