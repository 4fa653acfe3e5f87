package com.programdesk.notification.service;

import com.programdesk.security.service.SystemActor;
import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs the reminder scan every 15 minutes (configurable); it is idempotent, so restarts never duplicate.
 * On one app node at a time: the lock is held for the scan and until shortly before the next one is
 * due, so the other nodes' schedules find it taken; a node that dies while scanning frees it after
 * lock-at-most (longer than a scan takes). {@link ReminderSchedule} starts it.
 */
@Component
class ReminderJob {

    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

    private final NotificationService notifications;
    private final Clock clock;

    ReminderJob(NotificationService notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    @SchedulerLock(name = "reminders", lockAtMostFor = "${programdesk.notifications.lock-at-most:PT30M}",
            lockAtLeastFor = "${programdesk.notifications.lock-at-least:PT14M}")
    public void remind() {
        int added = SystemActor.call(() -> notifications.remind(LocalDate.now(clock)));
        if (added > 0) {
            log.info("Reminders: {} new notifications", added);
        }
    }
}
