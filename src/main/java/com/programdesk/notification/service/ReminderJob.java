package com.programdesk.notification.service;

import com.programdesk.security.service.SystemActor;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Runs the reminder scan every 15 minutes (configurable); it is idempotent, so restarts never duplicate. */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "programdesk.notifications.reminders", havingValue = "true", matchIfMissing = true)
class ReminderJob {

    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

    private final NotificationService notifications;
    private final Clock clock;

    ReminderJob(NotificationService notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${programdesk.notifications.initial-delay:PT1M}",
            fixedDelayString = "${programdesk.notifications.interval:PT15M}")
    void remind() {
        int added = SystemActor.call(() -> notifications.remind(LocalDate.now(clock)));
        if (added > 0) {
            log.info("Reminders: {} new notifications", added);
        }
    }
}
