package com.programdesk.user.domain;

/** A user as shown in pickers and lists of people: id and display name, nothing personal. */
public record UserChoice(long id, String displayName) {
}
