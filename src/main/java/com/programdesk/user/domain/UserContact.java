package com.programdesk.user.domain;

import com.programdesk.security.domain.Role;
import org.jspecify.annotations.Nullable;

/** How a user is reached outside the portal: their e-mail address (if any, and whether verified), role and language. */
public record UserContact(long id, String displayName, Role role, boolean enabled, @Nullable String email, boolean emailVerified,
                          @Nullable String preferredLocale) {
}
