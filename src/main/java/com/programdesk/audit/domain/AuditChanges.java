package com.programdesk.audit.domain;

import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/** Renders changed fields for the audit log as lines {@code field: old → new}. */
public final class AuditChanges {

    private AuditChanges() {
    }

    public static String of(Map<String, ?> values) {
        StringJoiner lines = new StringJoiner("\n");
        values.forEach((field, value) -> {
            if (value != null && !value.toString().isEmpty()) {
                lines.add(field + ": " + value);
            }
        });
        return lines.toString();
    }

    public static String between(Map<String, ?> before, Map<String, ?> after) {
        StringJoiner lines = new StringJoiner("\n");
        after.forEach((field, newValue) -> {
            Object oldValue = before.get(field);
            if (!Objects.equals(text(oldValue), text(newValue))) {
                lines.add(field + ": " + text(oldValue) + " → " + text(newValue));
            }
        });
        return lines.toString();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
