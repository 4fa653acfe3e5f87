package com.programdesk.statistics.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.statistics.catalog.domain.Frequency;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An institution's filing list puts what it owes on top: overdue and returned periods, the oldest first. */
class FilingSlotOrderTest {

    private final LocalDate today = LocalDate.of(2026, 6, 20);

    @Test
    void overdueAndReturnedPeriodsComeFirstOldestOnTopThenTheRestNewestFirst() {
        List<FilingSlot> slots = new ArrayList<>(List.of(
                slot(2026, 6, null, null),                                           // current, not over
                slot(2026, 5, null, null),                                           // due 2026-06-10: overdue
                slot(2026, 4, ReportStatus.APPROVED, LocalDateTime.of(2026, 5, 8, 9, 0)),
                slot(2026, 3, ReportStatus.RETURNED, LocalDateTime.of(2026, 4, 8, 9, 0)),
                slot(2025, 9, ReportStatus.DRAFT, null)));                           // overdue, older

        slots.sort(FilingSlot.outstandingFirst(today));

        assertThat(slots).extracting(s -> s.periodStart().toString())
                .containsExactly("2025-09-01", "2026-03-01", "2026-05-01", "2026-06-01", "2026-04-01");
    }

    private static FilingSlot slot(int year, int month, ReportStatus status, LocalDateTime submitted) {
        LocalDate start = LocalDate.of(year, month, 1);
        return new FilingSlot(1, 1, "市妇保院", start, Frequency.MONTHLY.periodEnd(start), Frequency.MONTHLY.dueDate(start, 10),
                status == null ? null : 7L, status, status == ReportStatus.RETURNED ? 1 : 0, submitted);
    }
}
