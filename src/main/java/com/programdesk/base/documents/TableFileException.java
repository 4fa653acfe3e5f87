package com.programdesk.base.documents;

/** A file that cannot be read as a table at all (not a table, too large, no usable header); its i18n key says why. */
public class TableFileException extends RuntimeException {

    private final String messageKey;

    public TableFileException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
