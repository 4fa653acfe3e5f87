package com.programdesk.notification.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** An operator turns the reminder job off on a node with a property, read when the node starts (not at build time). */
class ReminderScheduleTest {

    private final ReminderJob job = new ReminderJob(null, null);

    @Test
    void aNodeWithRemindersOnScansEveryInterval() {
        var tasks = new ScheduledTaskRegistrar();
        new ReminderSchedule(job, true, Duration.ofSeconds(10), Duration.ofMinutes(15)).configureTasks(tasks);

        assertThat(tasks.getFixedDelayTaskList()).singleElement().satisfies(task -> {
            assertThat(task.getIntervalDuration()).isEqualTo(Duration.ofMinutes(15));
            assertThat(task.getInitialDelayDuration()).isEqualTo(Duration.ofSeconds(10));
        });
    }

    @Test
    void aNodeWithRemindersOffSchedulesNothing() {
        var tasks = new ScheduledTaskRegistrar();
        new ReminderSchedule(job, false, Duration.ofSeconds(10), Duration.ofMinutes(15)).configureTasks(tasks);

        assertThat(tasks.getFixedDelayTaskList()).isEmpty();
    }
}
