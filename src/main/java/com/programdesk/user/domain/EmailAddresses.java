package com.programdesk.user.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/** What the portal accepts as an e-mail address: the HTML form's rule, with a dot in the domain, at most 254 characters. */
public final class EmailAddresses {

    private static final Pattern VALID = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    private EmailAddresses() {
    }

    /** The address without surrounding blanks, or null when nothing was typed. */
    public static String normalize(String address) {
        return address == null || address.isBlank() ? null : address.strip();
    }

    /** The i18n key of what is wrong with a typed address (blank is fine: no address), or empty. */
    public static Optional<String> violation(String address) {
        String normalized = normalize(address);
        if (normalized == null) {
            return Optional.empty();
        }
        if (normalized.length() > AppUser.EMAIL_MAX) {
            return Optional.of("validation.maxLength");
        }
        return VALID.matcher(normalized).matches() ? Optional.empty() : Optional.of("email.error.format");
    }

    public static boolean sameAddress(String a, String b) {
        return a == null ? b == null : b != null && a.equalsIgnoreCase(b);
    }
}
