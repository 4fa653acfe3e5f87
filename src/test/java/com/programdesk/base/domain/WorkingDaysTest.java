package com.programdesk.base.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Deadlines counted in working days skip weekends and holidays. */
class WorkingDaysTest {

    private static final LocalDate THURSDAY = LocalDate.of(2026, 12, 31);
    private final WorkingDays days = new WorkingDays(Set.of(LocalDate.of(2027, 1, 1)));

    @Test
    void countingSkipsTheWeekendAndTheNewYearHoliday() {
        assertThat(days.plus(THURSDAY, 1)).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(days.plus(THURSDAY, 3)).isEqualTo(LocalDate.of(2027, 1, 6));
        assertThat(days.between(THURSDAY, LocalDate.of(2027, 1, 4))).isEqualTo(1);
    }

    @Test
    void countingBackwardsSkipsWeekendsToo() {
        assertThat(days.plus(LocalDate.of(2027, 1, 4), -1)).isEqualTo(THURSDAY);
        assertThat(days.plus(LocalDate.of(2026, 12, 28), -1)).isEqualTo(LocalDate.of(2026, 12, 25));
    }
}
