package com.programdesk.messaging.service;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/**
 * Runs the outbox's delivery and the daily digest on this node unless {@code programdesk.messaging.jobs} is
 * {@code false}. Decided at run time rather than by a bean condition, which Spring AOT (the production start) would
 * fix at build time. The jobs are called through their proxy, so their locks hold.
 */
@Component
class MessagingSchedule implements SchedulingConfigurer {

    private final MessagingJobs jobs;
    private final boolean enabled;
    private final Duration initialDelay;
    private final Duration interval;
    private final CronTrigger digestTime;

    MessagingSchedule(MessagingJobs jobs,
                      @Value("${programdesk.messaging.jobs:true}") boolean enabled,
                      @Value("${programdesk.messaging.initial-delay:PT30S}") Duration initialDelay,
                      @Value("${programdesk.messaging.interval:PT30S}") Duration interval,
                      @Value("${programdesk.messaging.digest-cron:0 30 7 * * *}") String digestCron,
                      @Value("${programdesk.messaging.digest-zone:Asia/Shanghai}") ZoneId digestZone) {
        this.jobs = jobs;
        this.enabled = enabled;
        this.initialDelay = initialDelay;
        this.interval = interval;
        this.digestTime = new CronTrigger(digestCron, digestZone);
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        if (enabled) {
            tasks.addFixedDelayTask(new FixedDelayTask(jobs::deliver, interval, initialDelay));
            tasks.addCronTask(new CronTask(jobs::digest, digestTime));
        }
    }
}
