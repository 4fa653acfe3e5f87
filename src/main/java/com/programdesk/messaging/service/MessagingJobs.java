package com.programdesk.messaging.service;

import com.programdesk.security.service.SystemActor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The outbox's delivery every 30 s and the daily digest (07:30 Asia/Shanghai by default), each on one app node
 * at a time with the same ShedLock lock as the reminder job. Delivery needs no lock to be correct (rows are
 * claimed with a lease); the lock only keeps the nodes from taking turns at an empty outbox. The digest's lock is
 * held for 5 minutes at least, so that a node whose clock is a little behind does not start a second run.
 * {@link MessagingSchedule} starts them.
 */
@Component
class MessagingJobs {

    private static final Logger log = LoggerFactory.getLogger(MessagingJobs.class);

    private final OutboxDelivery delivery;
    private final DigestService digests;

    MessagingJobs(OutboxDelivery delivery, DigestService digests) {
        this.delivery = delivery;
        this.digests = digests;
    }

    @SchedulerLock(name = "message-delivery", lockAtMostFor = "${programdesk.messaging.lock-at-most:PT10M}")
    public void deliver() {
        int sent = SystemActor.call(delivery::deliverDue);
        if (sent > 0) {
            log.info("Outbox: {} messages sent", sent);
        }
    }

    @SchedulerLock(name = "message-digest", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
    public void digest() {
        int composed = SystemActor.call(digests::compose);
        if (composed > 0) {
            log.info("Digest: {} digests queued", composed);
        }
    }
}
