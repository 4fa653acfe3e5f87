package com.programdesk.demo.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo's report history ends by the moment it is loaded, whatever day of the month that is. */
class DemoReportTimesTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 7, 5, 0);

    @Test
    void aHistoryThatHappenedBeforeTodayKeepsItsTimes() {
        List<LocalDateTime> times = List.of(NOW.minusDays(5), NOW.minusDays(4), NOW.minusDays(2));

        assertThat(DemoStatistics.notAfter(NOW, times)).isEqualTo(times);
    }

    @Test
    void aLateReportDueAfterTodayEndsNowWithItsStepsInOrder() {
        LocalDateTime submitted = LocalDateTime.of(2026, 12, 8, 16, 20);
        List<LocalDateTime> times = List.of(submitted.minusHours(3), submitted, submitted.plusDays(2).withHour(10), submitted.plusDays(3));

        List<LocalDateTime> past = DemoStatistics.notAfter(NOW, times);

        assertThat(past).containsExactly(NOW.minusMinutes(3), NOW.minusMinutes(2), NOW.minusMinutes(1), NOW);
    }

    @Test
    void onlyTheStepsAfterTodayMove() {
        LocalDateTime created = NOW.minusHours(3);
        List<LocalDateTime> past = DemoStatistics.notAfter(NOW, List.of(created, NOW.plusHours(2), NOW.plusDays(2)));

        assertThat(past).containsExactly(created, NOW.minusMinutes(1), NOW);
    }
}
