package com.programdesk.statistics.reporting.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Expected, received and on-time reports of some institutions and periods. Rates are against the
 * reports that are due, or in although not yet due: completeness (报送率) = received / (expected − pending),
 * timeliness (及时率) = on time / (expected − pending). A period whose due day has not come yet does not
 * drag the rates down.
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

    /** The reports the rates are about: all expected ones except those neither in nor due yet. */
    public int due() {
        return expected - pending;
    }

    /** Received / due in percent, one decimal; empty when nothing is due yet. */
    public Optional<BigDecimal> receivedRate() {
        return rate(received);
    }

    public Optional<BigDecimal> onTimeRate() {
        return rate(onTime);
    }

    private Optional<BigDecimal> rate(int count) {
        return due() == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(due()), 1, RoundingMode.HALF_UP));
    }
}
