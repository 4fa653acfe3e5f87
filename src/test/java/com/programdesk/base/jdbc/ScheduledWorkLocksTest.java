package com.programdesk.base.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.testsupport.ProgramDeskTest;
import com.programdesk.testsupport.TestData;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A scheduled job of two app nodes on one database runs on one of them at a time. */
@ProgramDeskTest
class ScheduledWorkLocksTest {

    @Autowired
    DataSource dataSource;

    @Test
    void whileOneNodeRunsTheJobAndShortlyAfterTheOtherNodeSkipsIt() {
        LockingTaskExecutor node1 = new DefaultLockingTaskExecutor(ScheduledWorkLocks.lockProviderOn(dataSource));
        LockingTaskExecutor node2 = new DefaultLockingTaskExecutor(ScheduledWorkLocks.lockProviderOn(dataSource));
        LockConfiguration job = new LockConfiguration(Instant.now(), TestData.unique("job"), Duration.ofMinutes(30), Duration.ofMinutes(14));
        AtomicInteger runs = new AtomicInteger();

        node1.executeWithLock((Runnable) () -> {
            runs.incrementAndGet();
            // the other node's scheduler thread (ShedLock lets the thread holding a lock run the job again)
            Thread otherNode = Thread.ofPlatform().start(() -> node2.executeWithLock((Runnable) runs::incrementAndGet, job));
            try {
                otherNode.join(Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }, job);
        assertThat(runs).hasValue(1);

        node2.executeWithLock((Runnable) runs::incrementAndGet, job);
        assertThat(runs).as("held for lock-at-least after the run").hasValue(1);
    }

    @Test
    void aLockThatWasHeldLongEnoughPassesToTheOtherNode() {
        LockingTaskExecutor node1 = new DefaultLockingTaskExecutor(ScheduledWorkLocks.lockProviderOn(dataSource));
        LockingTaskExecutor node2 = new DefaultLockingTaskExecutor(ScheduledWorkLocks.lockProviderOn(dataSource));
        String name = TestData.unique("job");
        AtomicInteger runs = new AtomicInteger();

        node1.executeWithLock((Runnable) runs::incrementAndGet, new LockConfiguration(Instant.now(), name, Duration.ofMinutes(30), Duration.ZERO));
        node2.executeWithLock((Runnable) runs::incrementAndGet, new LockConfiguration(Instant.now(), name, Duration.ofMinutes(30), Duration.ZERO));

        assertThat(runs).hasValue(2);
    }
}
