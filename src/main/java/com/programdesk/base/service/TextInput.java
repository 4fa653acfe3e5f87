package com.programdesk.base.service;

/** The checks every service makes on typed text: present when required, not longer than allowed, stored stripped. */
public final class TextInput {

    private TextInput() {
    }

    /** The stripped text; refused at {@code field} when blank or longer than {@code max}. */
    public static String required(String text, String field, int max) {
        if (text == null || text.isBlank()) {
            throw new InvalidFieldException(field, "validation.required");
        }
        return optional(text, field, max);
    }

    /** The stripped text, or null when blank; refused at {@code field} when longer than {@code max}. */
    public static String optional(String text, String field, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > max) {
            throw new InvalidFieldException(field, "validation.maxLength");
        }
        return text.strip();
    }
}
