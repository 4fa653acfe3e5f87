package com.programdesk.base.service;

/**
 * A service refused a save because one field is not acceptable. Carries the field name and
 * an i18n message key so the form can show the message next to that field.
 */
public class InvalidFieldException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public InvalidFieldException(String field, String messageKey) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
