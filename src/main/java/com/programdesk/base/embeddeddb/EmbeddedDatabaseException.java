package com.programdesk.base.embeddeddb;

/** Start-up problem of the embedded database, with a message meant for the person starting the app. */
public class EmbeddedDatabaseException extends RuntimeException {
    public EmbeddedDatabaseException(String message) {
        super(message);
    }

    public EmbeddedDatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
