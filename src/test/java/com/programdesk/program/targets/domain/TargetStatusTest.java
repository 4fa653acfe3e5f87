package com.programdesk.program.targets.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The thresholds between on track, at risk and behind, exactly at their boundaries. */
class TargetStatusTest {

    private final Target atLeast120 = target(TargetDirection.AT_LEAST, 120);

    @Test
    void atLeastTargetsCompareTheActualWithWhatIsExpectedByToday() {
        assertThat(status(atLeast120, 90, 100)).isEqualTo(TargetStatus.ON_TRACK);
        assertThat(status(atLeast120, 89, 100)).isEqualTo(TargetStatus.AT_RISK);
        assertThat(status(atLeast120, 70, 100)).isEqualTo(TargetStatus.AT_RISK);
        assertThat(status(atLeast120, 69, 100)).isEqualTo(TargetStatus.BEHIND);
        assertThat(status(atLeast120, 120, 100)).isEqualTo(TargetStatus.ACHIEVED);
        assertThat(status(atLeast120, 0, 0)).isEqualTo(TargetStatus.ON_TRACK);
        assertThat(TargetProgress.statusOf(atLeast120, BigDecimal.ZERO, new BigDecimal("0.47"))).isEqualTo(TargetStatus.ON_TRACK);
        assertThat(TargetProgress.statusOf(atLeast120, BigDecimal.ZERO, BigDecimal.ONE)).isEqualTo(TargetStatus.BEHIND);
    }

    @Test
    void atMostTargetsAreOnTrackWhileUnderTheValueAndBehindBeyondTenPercentOver() {
        Target atMost5 = target(TargetDirection.AT_MOST, 5);
        assertThat(status(atMost5, 5, 5)).isEqualTo(TargetStatus.ON_TRACK);
        assertThat(TargetProgress.statusOf(atMost5, new BigDecimal("5.5"), null)).isEqualTo(TargetStatus.AT_RISK);
        assertThat(TargetProgress.statusOf(atMost5, new BigDecimal("5.51"), null)).isEqualTo(TargetStatus.BEHIND);
    }

    @Test
    void withoutDataThereIsNoStatus() {
        assertThat(TargetProgress.statusOf(atLeast120, null, BigDecimal.TEN)).isEqualTo(TargetStatus.NO_DATA);
        assertThat(TargetProgress.statusOf(target(TargetDirection.FALLING, 0), BigDecimal.valueOf(3), null))
                .as("nothing reported last year to compare with").isEqualTo(TargetStatus.NO_DATA);
    }

    @Test
    void trendTargetsCompareWithLastYear() {
        Target falling = target(TargetDirection.FALLING, 0);
        assertThat(status(falling, 3, 5)).isEqualTo(TargetStatus.ON_TRACK);
        assertThat(status(falling, 5, 5)).isEqualTo(TargetStatus.AT_RISK);
        assertThat(status(falling, 6, 5)).isEqualTo(TargetStatus.BEHIND);
        Target rising = target(TargetDirection.RISING, 0);
        assertThat(status(rising, 82, 78)).isEqualTo(TargetStatus.ON_TRACK);
        assertThat(status(rising, 70, 78)).isEqualTo(TargetStatus.BEHIND);
    }

    @Test
    void levelTargetsAreJudgedAgainstTheirValueAlone() {
        Target awareness = target(TargetDirection.AT_LEAST, 80);
        assertThat(TargetProgress.ofLevel(awareness, BigDecimal.valueOf(80)).status()).isEqualTo(TargetStatus.ACHIEVED);
        assertThat(TargetProgress.ofLevel(awareness, BigDecimal.valueOf(72)).status()).isEqualTo(TargetStatus.AT_RISK);
        assertThat(TargetProgress.ofLevel(awareness, new BigDecimal("71.9")).status()).isEqualTo(TargetStatus.BEHIND);
        assertThat(TargetProgress.ofLevel(target(TargetDirection.AT_MOST, 5), new BigDecimal("4.2")).status()).isEqualTo(TargetStatus.ON_TRACK);
        assertThat(TargetProgress.ofLevel(awareness, null).status()).isEqualTo(TargetStatus.NO_DATA);
    }

    @Test
    void whatIsExpectedOfACountIsAWholeNumberAndARateKeepsItsDecimals() {
        Target lectures = target(TargetDirection.AT_LEAST, 120);
        assertThat(TargetProgress.of(lectures, BigDecimal.TEN, new BigDecimal("15.29")).expected()).isEqualByComparingTo("15");
        assertThat(TargetProgress.of(lectures, BigDecimal.TEN, new BigDecimal("15.5")).expected()).isEqualByComparingTo("16");
        Target rate = new Target(1, "r", "‰", TargetMeasure.REPORTED_INDICATOR, BigDecimal.valueOf(5));
        assertThat(TargetProgress.of(rate, BigDecimal.ONE, new BigDecimal("4.25")).expected()).isEqualByComparingTo("4.25");
    }

    private static TargetStatus status(Target target, int actual, int expected) {
        return TargetProgress.statusOf(target, BigDecimal.valueOf(actual), BigDecimal.valueOf(expected));
    }

    private static Target target(TargetDirection direction, int value) {
        Target target = new Target(1, "t", "场", TargetMeasure.DONE_ACTIVITY_COUNT, BigDecimal.valueOf(value));
        target.setDirection(direction);
        return target;
    }
}
