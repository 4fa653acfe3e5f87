package com.programdesk.task.domain;

public enum TaskEntryKind {
    PROGRESS, COMMENT;

    public String messageKey() {
        return "task.entry." + name();
    }
}
