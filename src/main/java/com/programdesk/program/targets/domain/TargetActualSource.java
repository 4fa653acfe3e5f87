package com.programdesk.program.targets.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Computes a target's actual value for one kind of measure. Activity measures are computed here;
 * the reporting feature adds a source for {@link TargetMeasure#REPORTED_INDICATOR}.
 */
public interface TargetActualSource {

    boolean supports(TargetMeasure measure);

    /** The actual value over [from, to], or empty when there is no data yet. */
    Optional<BigDecimal> actual(Target target, LocalDate from, LocalDate to);

    /** What planned activities due by {@code day} add up to, for targets expected by planned dates. */
    Optional<BigDecimal> plannedBy(Target target, LocalDate from, LocalDate day);

    /** For rising and falling targets: this period's value, to compare with {@link #baseline}. */
    default Optional<BigDecimal> trendActual(Target target, LocalDate from, LocalDate to) {
        return actual(target, from, to);
    }

    /** For rising and falling targets: the value over the same days one year earlier, to compare with. */
    default Optional<BigDecimal> baseline(Target target, LocalDate from, LocalDate to) {
        return Optional.empty();
    }

    /**
     * Whether the value adds up over the period (counts: part of the target falls due by each day)
     * or is a level judged against the target value at any time (rates such as 5‰).
     */
    default boolean accumulates(Target target) {
        return true;
    }

    /**
     * Whether a value over [from, to] (and for trends, last year's) exists but is withheld from
     * the current reader because it rests on counts too small to show.
     */
    default boolean withheld(Target target, LocalDate from, LocalDate to) {
        return false;
    }

    /**
     * Whether {@link #withheld} may say yes to the current reader: progress computed for one who sees small counts is
     * not shown to one who must not, and the other way round.
     */
    default boolean withholdsFromCurrentReader() {
        return false;
    }

    /**
     * Whether counts over [from, to] were reported but the rate cannot be computed because its denominator (a
     * population of the target's area) is missing: the target then says so instead of showing no data.
     */
    default boolean denominatorMissing(Target target, LocalDate from, LocalDate to) {
        return false;
    }
}
