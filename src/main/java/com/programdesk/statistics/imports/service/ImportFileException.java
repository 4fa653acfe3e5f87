package com.programdesk.statistics.imports.service;

/** A file that cannot be imported at all (not a table, too large, no usable header); its i18n key says why. */
class ImportFileException extends RuntimeException {

    private final String messageKey;

    ImportFileException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }
}
