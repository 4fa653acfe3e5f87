package com.programdesk.api.domain;

/** A push refused as a whole before any row was checked: too large, malformed, or not a table of counts. */
public class PushRefusedException extends RuntimeException {

    public enum Reason { TOO_LARGE, TOO_MANY_ROWS, MALFORMED, NOT_COUNTS, CONFLICT }

    private final Reason reason;
    private final String field;
    private final String messageKey;
    private final transient Object[] args;

    public PushRefusedException(Reason reason, String field, String messageKey, Object... args) {
        super(reason + ": " + messageKey);
        this.reason = reason;
        this.field = field;
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public Reason reason() {
        return reason;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
