package com.programdesk.notification.service;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Runs the reminder job on this node unless {@code programdesk.notifications.reminders} is {@code false}. Decided at
 * run time rather than by a bean condition, which Spring AOT (the production start) would fix at build time. The job
 * is called through its proxy, so its lock holds.
 */
@Component
class ReminderSchedule implements SchedulingConfigurer {

    static final String INTERVAL = "${programdesk.notifications.interval:PT15M}";

    private final ReminderJob job;
    private final boolean enabled;
    private final Duration initialDelay;
    private final Duration interval;

    ReminderSchedule(ReminderJob job,
                     @Value("${programdesk.notifications.reminders:true}") boolean enabled,
                     @Value("${programdesk.notifications.initial-delay:PT1M}") Duration initialDelay,
                     @Value(INTERVAL) Duration interval) {
        this.job = job;
        this.enabled = enabled;
        this.initialDelay = initialDelay;
        this.interval = interval;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        if (enabled) {
            tasks.addFixedDelayTask(new FixedDelayTask(job::remind, interval, initialDelay));
        }
    }
}
