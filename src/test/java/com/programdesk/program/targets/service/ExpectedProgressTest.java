package com.programdesk.program.targets.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Where a target should be by today, if the work is spread evenly over its period. */
class ExpectedProgressTest {

    private static final LocalDate START = LocalDate.of(2024, 1, 1);
    private static final LocalDate END = LocalDate.of(2024, 12, 31);
    private static final BigDecimal HUNDRED_TWENTY = BigDecimal.valueOf(120);

    @Test
    void nothingIsExpectedBeforeThePeriodStarts() {
        assertThat(TargetProgressCalculator.proRata(HUNDRED_TWENTY, START, END, START.minusDays(1))).isEqualByComparingTo("0");
    }

    @Test
    void theWholeValueIsExpectedFromTheLastDayOn() {
        assertThat(TargetProgressCalculator.proRata(HUNDRED_TWENTY, START, END, END)).isEqualByComparingTo("120");
        assertThat(TargetProgressCalculator.proRata(HUNDRED_TWENTY, START, END, END.plusYears(1))).isEqualByComparingTo("120");
    }

    @Test
    void halfwayThroughTheYearHalfIsExpected() {
        // 2024 has 366 days; 1 July is day 183
        assertThat(TargetProgressCalculator.proRata(HUNDRED_TWENTY, START, END, LocalDate.of(2024, 7, 1))).isEqualByComparingTo("60.00");
    }
}
