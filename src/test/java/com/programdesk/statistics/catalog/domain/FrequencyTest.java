package com.programdesk.statistics.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Periods as forms, due dates and regional platforms' exports name them. */
class FrequencyTest {

    @Test
    void aMonthlyReportIsDueOnTheDueDayOfTheNextMonth() {
        assertThat(Frequency.MONTHLY.dueDate(LocalDate.of(2025, 12, 1), 5)).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(Frequency.QUARTERLY.dueDate(LocalDate.of(2025, 7, 1), 10)).isEqualTo(LocalDate.of(2025, 10, 10));
        assertThat(Frequency.YEARLY.dueDate(LocalDate.of(2025, 1, 1), 20)).isEqualTo(LocalDate.of(2026, 1, 20));
    }

    @Test
    void periodsAreReadTheWaysPeopleWriteThem() {
        LocalDate march = LocalDate.of(2025, 3, 1);
        assertThat(Frequency.MONTHLY.parse("2025-03")).contains(march);
        assertThat(Frequency.MONTHLY.parse("202503")).contains(march);
        assertThat(Frequency.MONTHLY.parse("2025/3")).contains(march);
        assertThat(Frequency.MONTHLY.parse("2025年3月")).contains(march);
        assertThat(Frequency.MONTHLY.parse(" 2025-03-01 ")).contains(march);
        assertThat(Frequency.MONTHLY.parse("2025-03-15")).isEmpty();
        assertThat(Frequency.MONTHLY.parse("2025-13")).isEmpty();
        assertThat(Frequency.MONTHLY.parse("三月")).isEmpty();
        assertThat(Frequency.QUARTERLY.parse("2025Q2")).contains(LocalDate.of(2025, 4, 1));
        assertThat(Frequency.QUARTERLY.parse("2025年第2季度")).contains(LocalDate.of(2025, 4, 1));
        assertThat(Frequency.YEARLY.parse("2024")).contains(LocalDate.of(2024, 1, 1));
    }

    @Test
    void labelsAreTheSameInEveryLanguage() {
        assertThat(Frequency.MONTHLY.label(LocalDate.of(2025, 3, 1))).isEqualTo("2025-03");
        assertThat(Frequency.QUARTERLY.label(LocalDate.of(2025, 10, 1))).isEqualTo("2025Q4");
        assertThat(Frequency.QUARTERLY.periodStartOf(LocalDate.of(2025, 11, 30))).isEqualTo(LocalDate.of(2025, 10, 1));
    }
}
