package com.programdesk.security.domain;

/** Published when an administrator clears a user name's failed logins (and its lock, if any), for the audit log. */
public record AccountUnlocked(String username, boolean wasLocked) {
}
