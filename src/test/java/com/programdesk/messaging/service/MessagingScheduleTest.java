package com.programdesk.messaging.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;

/** An operator keeps delivery and the digest off a node with a property, read when the node starts (not at build time). */
class MessagingScheduleTest {

    private final MessagingJobs jobs = new MessagingJobs(null, null);

    @Test
    void aNodeWithTheJobsOnDeliversEveryIntervalAndComposesTheDigestAtItsHour() {
        var tasks = new ScheduledTaskRegistrar();
        schedule(true).configureTasks(tasks);

        assertThat(tasks.getFixedDelayTaskList()).singleElement()
                .satisfies(task -> assertThat(task.getIntervalDuration()).isEqualTo(Duration.ofSeconds(30)));
        assertThat(tasks.getCronTaskList()).singleElement()
                .satisfies(task -> assertThat(((CronTrigger) task.getTrigger()).getExpression()).isEqualTo("0 30 7 * * *"));
    }

    @Test
    void aNodeWithTheJobsOffSchedulesNothing() {
        var tasks = new ScheduledTaskRegistrar();
        schedule(false).configureTasks(tasks);

        assertThat(tasks.getFixedDelayTaskList()).isEmpty();
        assertThat(tasks.getCronTaskList()).isEmpty();
    }

    private MessagingSchedule schedule(boolean enabled) {
        return new MessagingSchedule(jobs, enabled, Duration.ofSeconds(30), Duration.ofSeconds(30), "0 30 7 * * *",
                ZoneId.of("Asia/Shanghai"));
    }
}
