package com.programdesk.security.domain;

/** Published after every login attempt, for the audit log. */
public record LoginAttempted(String username, boolean succeeded) {
}
