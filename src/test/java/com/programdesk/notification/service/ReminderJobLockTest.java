package com.programdesk.notification.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;

/** The reminder scan runs on one app node at a time, and every interval on one of them. */
class ReminderJobLockTest {

    @Test
    void theScanIsLockedLongerThanItTakesAndReleasedJustBeforeTheNextIsDue() throws Exception {
        var remind = ReminderJob.class.getDeclaredMethod("remind");
        SchedulerLock lock = remind.getAnnotation(SchedulerLock.class);

        Duration interval = Duration.parse(defaultOf(ReminderSchedule.INTERVAL));
        Duration atLeast = Duration.parse(defaultOf(lock.lockAtLeastFor()));
        Duration atMost = Duration.parse(defaultOf(lock.lockAtMostFor()));
        assertThat(atLeast).isLessThan(interval).isGreaterThan(interval.multipliedBy(3).dividedBy(4));
        assertThat(atMost).isGreaterThanOrEqualTo(atLeast).isGreaterThanOrEqualTo(Duration.ofMinutes(10));
        assertThat(lock.name()).isEqualTo("reminders");
    }

    /** {@code ${property:PT15M}} → {@code PT15M}. */
    private static String defaultOf(String placeholder) {
        return placeholder.substring(placeholder.indexOf(':') + 1, placeholder.length() - 1);
    }
}
