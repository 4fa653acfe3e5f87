package com.programdesk.statistics.expressions.domain;

import java.util.List;

/**
 * An expression that cannot be read or computed: the i18n key of what is wrong and what the message names
 * (the 1-based position, a character or a code), so that the editor can say it at the field.
 */
public class ExpressionException extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> arguments;

    public ExpressionException(String messageKey, Object... arguments) {
        super(messageKey + " " + List.of(arguments));
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
