package com.programdesk.program.targets.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A target's standing on a given day. For "at least" targets: achieved once the actual value
 * reaches the target; on track at ≥ 90 % of the value expected by today (or while less than one
 * unit is due); at risk at ≥ 70 %; behind below that. For "at most" targets: on track while the actual value stays at or under
 * the target; at risk up to 10 % over; behind beyond. For rising and falling targets {@code expected}
 * is last year's value over the same days: moving the right way is on track, standing still at risk,
 * moving the wrong way behind; without last year's value there is nothing to compare. Levels such as
 * rates (awareness ≥ 80 %) have nothing expected by a day: an "at least" level is achieved at the
 * value, at risk up to 10 % under it, behind below that. {@code withheld}: the figures rest on counts
 * too small for this reader to see, so none are given. {@code denominatorMissing}: counts were reported but the
 * rate's denominator (the population of the program's area for that year) is not known, so no rate is given.
 */
public record TargetProgress(Target target, BigDecimal actual, BigDecimal expected, TargetStatus status, boolean withheld,
                             boolean denominatorMissing) {

    static final BigDecimal ON_TRACK_SHARE = new BigDecimal("0.90");
    static final BigDecimal AT_RISK_SHARE = new BigDecimal("0.70");
    static final BigDecimal AT_MOST_TOLERANCE = new BigDecimal("1.10");

    public TargetProgress(Target target, BigDecimal actual, BigDecimal expected, TargetStatus status) {
        this(target, actual, expected, status, false, false);
    }

    public TargetProgress(Target target, BigDecimal actual, BigDecimal expected, TargetStatus status, boolean withheld) {
        this(target, actual, expected, status, withheld, false);
    }

    public static TargetProgress of(Target target, BigDecimal actual, BigDecimal expected) {
        // activities, events and people come in whole units: "应达 15 场", never 15.29
        BigDecimal shown = expected != null && target.getMeasure() != TargetMeasure.REPORTED_INDICATOR
                ? expected.setScale(0, java.math.RoundingMode.HALF_UP) : expected;
        return new TargetProgress(target, actual, shown, statusOf(target, actual, shown));
    }

    /** The same standing with its figures withheld from the reader (small counts): no value, no status. */
    public TargetProgress asWithheld() {
        return new TargetProgress(target, null, null, TargetStatus.NO_DATA, true, false);
    }

    /** No value because the rate's denominator is missing (no population figure of the area for the year): no status either. */
    public TargetProgress asDenominatorMissing() {
        return new TargetProgress(target, null, null, TargetStatus.NO_DATA, false, true);
    }

    /** A level target (a rate): judged against the target value alone, nothing is expected by a day. */
    public static TargetProgress ofLevel(Target target, BigDecimal actual) {
        TargetStatus status = actual != null && target.getDirection() == TargetDirection.AT_LEAST
                ? levelStatusOf(target, actual) : statusOf(target, actual, null);
        return new TargetProgress(target, actual, null, status);
    }

    static TargetStatus levelStatusOf(Target target, BigDecimal actual) {
        if (actual.compareTo(target.getTargetValue()) >= 0) {
            return TargetStatus.ACHIEVED;
        }
        return actual.compareTo(target.getTargetValue().multiply(ON_TRACK_SHARE)) >= 0 ? TargetStatus.AT_RISK : TargetStatus.BEHIND;
    }

    static TargetStatus statusOf(Target target, BigDecimal actual, BigDecimal expected) {
        if (actual == null) {
            return TargetStatus.NO_DATA;
        }
        return switch (target.getDirection()) {
            case AT_LEAST -> {
                if (actual.compareTo(target.getTargetValue()) >= 0) {
                    yield TargetStatus.ACHIEVED;
                }
                // less than one unit due yet (e.g. 0.47 campaigns): too early to call anything behind
                if (expected == null || expected.compareTo(BigDecimal.ONE) < 0 || actual.compareTo(expected.multiply(ON_TRACK_SHARE)) >= 0) {
                    yield TargetStatus.ON_TRACK;
                }
                yield actual.compareTo(expected.multiply(AT_RISK_SHARE)) >= 0 ? TargetStatus.AT_RISK : TargetStatus.BEHIND;
            }
            case AT_MOST -> {
                if (actual.compareTo(target.getTargetValue()) <= 0) {
                    yield TargetStatus.ON_TRACK;
                }
                yield actual.compareTo(target.getTargetValue().multiply(AT_MOST_TOLERANCE)) <= 0
                        ? TargetStatus.AT_RISK : TargetStatus.BEHIND;
            }
            case RISING, FALLING -> {
                if (expected == null) {
                    yield TargetStatus.NO_DATA;
                }
                int change = actual.compareTo(expected) * (target.getDirection() == TargetDirection.RISING ? 1 : -1);
                yield change > 0 ? TargetStatus.ON_TRACK : change == 0 ? TargetStatus.AT_RISK : TargetStatus.BEHIND;
            }
        };
    }

    /** Share of the target value reached, 0–100, for a progress bar. */
    public double percentOfTarget() {
        if (actual == null || target.getTargetValue() == null || target.getTargetValue().signum() == 0) {
            return 0;
        }
        return actual.multiply(BigDecimal.valueOf(100)).divide(target.getTargetValue(), 1, RoundingMode.HALF_UP)
                .min(BigDecimal.valueOf(100)).doubleValue();
    }

    /** Share of the target value expected by today, 0–100. */
    public double percentExpected() {
        if (expected == null || target.getTargetValue() == null || target.getTargetValue().signum() == 0) {
            return 0;
        }
        return expected.multiply(BigDecimal.valueOf(100)).divide(target.getTargetValue(), 1, RoundingMode.HALF_UP)
                .min(BigDecimal.valueOf(100)).doubleValue();
    }
}
