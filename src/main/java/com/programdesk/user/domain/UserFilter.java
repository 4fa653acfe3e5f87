package com.programdesk.user.domain;

import com.programdesk.security.domain.Role;

/** What the user grid filters by: part of the user or display name, a role, enabled or not. */
public record UserFilter(String text, Role role, Boolean enabled) {
    public static UserFilter none() {
        return new UserFilter(null, null, null);
    }
}
