package com.programdesk.program.targets.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.base.service.SharedCaches;
import com.programdesk.program.plan.domain.MeasuredData;
import com.programdesk.program.plan.domain.TargetActualsChanged;
import com.programdesk.program.targets.domain.Target;
import com.programdesk.program.targets.domain.TargetMeasure;
import com.programdesk.program.targets.domain.TargetProgress;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** The home view and the dashboard share one computation of each target's progress per day, until what it measures changes. */
class TargetProgressCacheTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-03T02:00:00Z"));
    private final TargetProgressCache cache = new TargetProgressCache(SharedCaches.of(Duration.ofSeconds(30), clock));
    private final Map<Long, List<Target>> programs = new HashMap<>();
    private final List<String> computed = new ArrayList<>();
    private final List<Long> targetsRead = new ArrayList<>();
    private long nextTargetId = 1;

    /** A program with one target for each measure, named after it. */
    private void program(long programId, TargetMeasure... measures) {
        List<Target> targets = new ArrayList<>();
        for (TargetMeasure measure : measures) {
            Target target = new Target(programId, measure.name(), "次", measure, BigDecimal.TEN);
            ReflectionTestUtils.setField(target, "id", nextTargetId++);
            targets.add(target);
        }
        programs.put(programId, targets);
    }

    private List<TargetProgress> visit(long programId, LocalDate day) {
        return cache.progress(programId, day, false, () -> {
            targetsRead.add(programId);
            return programs.get(programId);
        }, target -> {
            computed.add(target.getProgramId() + ":" + target.getName());
            return TargetProgress.of(target, BigDecimal.ONE, BigDecimal.ONE);
        });
    }

    private List<TargetProgress> visit(long programId) {
        return visit(programId, TODAY);
    }

    @Test
    void manyVisitsOfTheSameProgramComputeItsTargetsOnceInTheirOrder() {
        program(7, TargetMeasure.REPORTED_INDICATOR, TargetMeasure.DONE_ACTIVITY_COUNT);
        for (int i = 0; i < 100; i++) {
            assertThat(visit(7)).extracting(p -> p.target().getName()).containsExactly("REPORTED_INDICATOR", "DONE_ACTIVITY_COUNT");
        }
        assertThat(computed).containsExactly("7:REPORTED_INDICATOR", "7:DONE_ACTIVITY_COUNT");
        assertThat(targetsRead).containsExactly(7L);
    }

    @Test
    void eachProgramAndEachDayIsComputedOnItsOwn() {
        program(7, TargetMeasure.DONE_ACTIVITY_COUNT);
        program(8, TargetMeasure.DONE_ACTIVITY_COUNT);
        visit(7);
        visit(8);
        visit(7, TODAY.plusDays(1));
        assertThat(computed).containsExactly("7:DONE_ACTIVITY_COUNT", "8:DONE_ACTIVITY_COUNT", "7:DONE_ACTIVITY_COUNT");
    }

    @Test
    void aChangeOfAnythingOnThisNodeIsShownAtOnce() {
        program(7, TargetMeasure.DONE_ACTIVITY_COUNT);
        visit(7);
        cache.on(TargetActualsChanged.anyProgram());
        visit(7);
        assertThat(computed).hasSize(2);
        assertThat(targetsRead).containsExactly(7L, 7L);
    }

    @Test
    void anActivityDoneComputesAgainOnlyTheTargetsOfItsProgramThatCountActivities() {
        program(7, TargetMeasure.REPORTED_INDICATOR, TargetMeasure.ATTENDANCE_SUM, TargetMeasure.TRAINEES_TRAINED,
                TargetMeasure.MEMBER_EVENT_COUNT);
        program(8, TargetMeasure.DONE_ACTIVITY_COUNT);
        visit(7);
        visit(8);
        computed.clear();
        cache.on(TargetActualsChanged.ofProgram(7, MeasuredData.ACTIVITIES));
        visit(7);
        visit(8);
        assertThat(computed).containsExactly("7:ATTENDANCE_SUM", "7:TRAINEES_TRAINED");
        assertThat(targetsRead).containsExactly(7L, 8L);
    }

    @Test
    void aMemberEventLoggedLeavesTargetsThatDoNotCountMemberEventsAsTheyWere() {
        program(7, TargetMeasure.DONE_ACTIVITY_COUNT, TargetMeasure.REPORTED_INDICATOR);
        program(8, TargetMeasure.MEMBER_EVENT_PARTICIPANTS);
        visit(7);
        visit(8);
        computed.clear();
        cache.on(TargetActualsChanged.anyProgram(MeasuredData.MEMBER_EVENTS));
        visit(7);
        visit(8);
        assertThat(computed).containsExactly("8:MEMBER_EVENT_PARTICIPANTS");
    }

    @Test
    void approvedFiguresComputeAgainTheReportedTargetsOfEveryProgram() {
        program(7, TargetMeasure.DONE_ACTIVITY_COUNT, TargetMeasure.REPORTED_INDICATOR);
        program(8, TargetMeasure.REPORTED_INDICATOR);
        visit(7);
        visit(8);
        computed.clear();
        cache.on(TargetActualsChanged.anyProgram(MeasuredData.APPROVED_FIGURES));
        visit(7);
        visit(8);
        assertThat(computed).containsExactly("7:REPORTED_INDICATOR", "8:REPORTED_INDICATOR");
    }

    @Test
    void aTargetAddedIsShownAtOnceAndTheOthersAreComputedAgain() {
        program(7, TargetMeasure.MEMBER_EVENT_COUNT);
        program(8, TargetMeasure.MEMBER_EVENT_COUNT);
        visit(7);
        visit(8);
        computed.clear();
        program(7, TargetMeasure.MEMBER_EVENT_COUNT, TargetMeasure.DONE_ACTIVITY_COUNT);
        cache.on(TargetActualsChanged.ofProgram(7));
        assertThat(visit(7)).hasSize(2);
        visit(8);
        assertThat(computed).containsExactly("7:MEMBER_EVENT_COUNT", "7:DONE_ACTIVITY_COUNT");
        assertThat(targetsRead).containsExactly(7L, 8L, 7L);
    }

    @Test
    void aChangeOnAnotherNodeIsShownAfterThirtySecondsAtTheLatest() {
        program(7, TargetMeasure.DONE_ACTIVITY_COUNT);
        visit(7);
        clock.advance(Duration.ofSeconds(29));
        visit(7);
        assertThat(computed).hasSize(1);
        clock.advance(Duration.ofSeconds(1));
        visit(7);
        assertThat(computed).hasSize(2);
    }

    @Test
    void withoutFreshnessNothingIsKept() {
        TargetProgressCache off = new TargetProgressCache(SharedCaches.of(Duration.ZERO, clock));
        program(7, TargetMeasure.DONE_ACTIVITY_COUNT);
        for (int i = 0; i < 2; i++) {
            off.progress(7, TODAY, false, () -> programs.get(7L), target -> {
                computed.add(target.getName());
                return TargetProgress.of(target, BigDecimal.ONE, BigDecimal.ONE);
            });
        }
        assertThat(computed).hasSize(2);
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
