package com.programdesk.user.domain;

import java.util.Locale;
import java.util.Optional;

/** At least 10 characters and not containing the user name. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 100;

    private PasswordPolicy() {
    }

    /** The i18n key of the first rule the password breaks, or empty when it is acceptable. */
    public static Optional<String> violation(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("password.error.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("validation.maxLength");
        }
        if (username != null && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("password.error.containsUsername");
        }
        return Optional.empty();
    }
}
