package com.programdesk.task.domain;

public enum TaskPriority {
    LOW, NORMAL, HIGH, URGENT;

    public String messageKey() {
        return "task.priority." + name();
    }
}
