package com.programdesk.statistics.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** A report due on 5 April, seen on different days: the due day counts to its very end. */
class TimelinessTest {

    private static final LocalDate DUE = LocalDate.of(2019, 4, 5);

    @Test
    void submittedOnTheDueDayIsOnTimeAndTheDayAfterIsLate() {
        assertThat(Timeliness.of(true, DUE.atTime(23, 59, 59), DUE, DUE.plusDays(30))).isEqualTo(Timeliness.ON_TIME);
        assertThat(Timeliness.of(true, DUE.plusDays(1).atStartOfDay(), DUE, DUE.plusDays(30))).isEqualTo(Timeliness.LATE);
    }

    @Test
    void notSubmittedIsPendingUpToTheDueDayAndMissingAfterIt() {
        assertThat(Timeliness.of(false, null, DUE, DUE.minusDays(1))).isEqualTo(Timeliness.PENDING);
        assertThat(Timeliness.of(false, null, DUE, DUE)).isEqualTo(Timeliness.PENDING);
        assertThat(Timeliness.of(false, null, DUE, DUE.plusDays(1))).isEqualTo(Timeliness.MISSING);
    }

    @Test
    void aReturnedReportIsNotReceivedEvenIfItWasFirstSubmittedInTime() {
        LocalDateTime firstSubmitted = DUE.minusDays(2).atTime(9, 0);
        assertThat(Timeliness.of(false, firstSubmitted, DUE, DUE.plusDays(1))).isEqualTo(Timeliness.MISSING);
        assertThat(Timeliness.of(true, firstSubmitted, DUE, DUE.plusDays(10))).isEqualTo(Timeliness.ON_TIME);
    }

    @Test
    void ratesAreAgainstWhatIsDue() {
        CompletenessTally tally = CompletenessTally.of(Timeliness.ON_TIME).plus(CompletenessTally.of(Timeliness.LATE))
                .plus(CompletenessTally.of(Timeliness.MISSING));
        assertThat(tally.receivedRate()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("66.7"));
        assertThat(tally.onTimeRate()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("33.3"));
        assertThat(CompletenessTally.NONE.receivedRate()).isEmpty();
        assertThat(CompletenessTally.of(Timeliness.PENDING).receivedRate()).as("nothing due yet").isEmpty();
        assertThat(tally.plus(CompletenessTally.of(Timeliness.PENDING)).receivedRate()).as("not yet due is left out")
                .hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("66.7"));
    }
}
