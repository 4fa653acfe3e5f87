package com.programdesk.task.domain;

import java.time.LocalDateTime;

/** One line of a task's timeline: a state change, a progress update or a comment. */
public record TimelineItem(LocalDateTime at, String actor, String kindKey, String detail, Integer percent) {
}
