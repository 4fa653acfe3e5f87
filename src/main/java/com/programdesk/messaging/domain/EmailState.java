package com.programdesk.messaging.domain;

import org.jspecify.annotations.Nullable;

/**
 * Whether e-mail can reach the user: the portal has a mail server configured, and the user a verified address.
 * Messages go only to verified addresses, so a mistyped address never receives what its owner may not see.
 */
public record EmailState(boolean mailConfigured, @Nullable String address, boolean verified) {

    public boolean reachable() {
        return mailConfigured && address != null && verified;
    }
}
