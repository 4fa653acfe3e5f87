package com.programdesk.program.targets.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.base.service.SharedCaches;
import com.programdesk.program.plan.domain.TargetActualsChanged;
import com.programdesk.program.targets.domain.TargetProgress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The home view and the dashboard share one computation of a program's target progress per day. */
class TargetProgressCacheTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-03T02:00:00Z"));
    private final TargetProgressCache cache = new TargetProgressCache(SharedCaches.of(Duration.ofSeconds(30), clock));
    private final AtomicInteger computed = new AtomicInteger();

    private List<TargetProgress> compute() {
        computed.incrementAndGet();
        return List.of();
    }

    @Test
    void manyVisitsOfTheSameProgramComputeItsProgressOnce() {
        for (int i = 0; i < 100; i++) {
            cache.progress(7, TODAY, false, this::compute);
        }
        assertThat(computed).hasValue(1);
    }

    @Test
    void eachProgramAndEachDayIsComputedOnItsOwn() {
        cache.progress(7, TODAY, false, this::compute);
        cache.progress(8, TODAY, false, this::compute);
        cache.progress(7, TODAY.plusDays(1), false, this::compute);
        assertThat(computed).hasValue(3);
    }

    @Test
    void aChangeOnThisNodeIsShownAtOnce() {
        cache.progress(7, TODAY, false, this::compute);
        cache.on(TargetActualsChanged.anyProgram());
        cache.progress(7, TODAY, false, this::compute);
        assertThat(computed).hasValue(2);
    }

    @Test
    void anActivityOfOneProgramLeavesTheOtherProgramsAsTheyWere() {
        cache.progress(7, TODAY, false, this::compute);
        cache.progress(8, TODAY, false, this::compute);
        cache.on(TargetActualsChanged.ofProgram(7));
        cache.progress(7, TODAY, false, this::compute);
        cache.progress(8, TODAY, false, this::compute);
        assertThat(computed).hasValue(3);
    }

    @Test
    void aChangeOnAnotherNodeIsShownAfterThirtySecondsAtTheLatest() {
        cache.progress(7, TODAY, false, this::compute);
        clock.advance(Duration.ofSeconds(29));
        cache.progress(7, TODAY, false, this::compute);
        assertThat(computed).hasValue(1);
        clock.advance(Duration.ofSeconds(1));
        cache.progress(7, TODAY, false, this::compute);
        assertThat(computed).hasValue(2);
    }

    @Test
    void withoutFreshnessNothingIsKept() {
        TargetProgressCache off = new TargetProgressCache(SharedCaches.of(Duration.ZERO, clock));
        off.progress(7, TODAY, false, this::compute);
        off.progress(7, TODAY, false, this::compute);
        assertThat(computed).hasValue(2);
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
