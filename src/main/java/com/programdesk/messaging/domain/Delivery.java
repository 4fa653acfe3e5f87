package com.programdesk.messaging.domain;

/** How a user wants one kind of notification outside the portal. */
public enum Delivery {
    OFF, IMMEDIATE, DIGEST;

    public String messageKey() {
        return "messaging.delivery." + name();
    }
}
