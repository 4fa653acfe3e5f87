package com.programdesk.statistics.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Expected, received and on-time reports of some institutions and periods. Rates are against what
 * was expected: completeness (报送率) = received / expected, timeliness (及时率) = on time / expected.
 */
public record CompletenessTally(int expected, int received, int onTime, int late, int missing, int pending) {

    public static final CompletenessTally NONE = new CompletenessTally(0, 0, 0, 0, 0, 0);

    public static CompletenessTally of(Timeliness timeliness) {
        return new CompletenessTally(1, timeliness.isReceived() ? 1 : 0, timeliness == Timeliness.ON_TIME ? 1 : 0,
                timeliness == Timeliness.LATE ? 1 : 0, timeliness == Timeliness.MISSING ? 1 : 0, timeliness == Timeliness.PENDING ? 1 : 0);
    }

    public CompletenessTally plus(CompletenessTally other) {
        return new CompletenessTally(expected + other.expected, received + other.received, onTime + other.onTime,
                late + other.late, missing + other.missing, pending + other.pending);
    }

    /** Received / expected in percent, one decimal; empty when nothing was expected. */
    public Optional<BigDecimal> receivedRate() {
        return rate(received);
    }

    public Optional<BigDecimal> onTimeRate() {
        return rate(onTime);
    }

    private Optional<BigDecimal> rate(int count) {
        return expected == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(expected), 1, RoundingMode.HALF_UP));
    }
}
