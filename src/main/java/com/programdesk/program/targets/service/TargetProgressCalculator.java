package com.programdesk.program.targets.service;

import com.programdesk.program.targets.domain.ExpectedBy;
import com.programdesk.program.plan.domain.Program;
import com.programdesk.program.targets.domain.Target;
import com.programdesk.program.targets.domain.TargetActualSource;
import com.programdesk.program.targets.domain.TargetProgress;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Actual and expected-by-today values of targets, from whichever source measures each one. */
@Component
class TargetProgressCalculator {

    private final List<TargetActualSource> sources;

    TargetProgressCalculator(List<TargetActualSource> sources) {
        this.sources = sources;
    }

    /** Whether some figure may be withheld from the current reader, so that progress computed for them is theirs alone. */
    boolean withholdsFromCurrentReader() {
        return sources.stream().anyMatch(TargetActualSource::withholdsFromCurrentReader);
    }

    TargetProgress progress(Program program, Target target, LocalDate today) {
        return progress(program, target, today, false);
    }

    /** The progress as it stood at the end of {@code day}: only what was done by then counts, against what was due by then. */
    TargetProgress progressAsOf(Program program, Target target, LocalDate day) {
        return progress(program, target, day, true);
    }

    private TargetProgress progress(Program program, Target target, LocalDate today, boolean doneByTodayOnly) {
        LocalDate from = target.startWithin(program);
        LocalDate to = target.endWithin(program);
        LocalDate actualTo = doneByTodayOnly && today.isBefore(to) ? today : to;
        Optional<TargetActualSource> source = sources.stream().filter(s -> s.supports(target.getMeasure())).findFirst();
        TargetProgress progress = progress(source, target, from, to, actualTo, today);
        LocalDate until = target.getDirection().isTrend() && today.isBefore(to) ? today : to;
        if (source.isPresent() && source.get().withheld(target, from, until)) {
            return progress.asWithheld();
        }
        if (progress.actual() == null && source.isPresent() && source.get().denominatorMissing(target, from, until)) {
            return progress.asDenominatorMissing();
        }
        return progress;
    }

    /** The target's measure over [from, to] as this reader may see it: empty without data or when withheld. */
    Optional<BigDecimal> figure(Target target, LocalDate from, LocalDate to) {
        Optional<TargetActualSource> source = sources.stream().filter(s -> s.supports(target.getMeasure())).findFirst();
        if (source.isEmpty() || source.get().withheld(target, from, to)) {
            return Optional.empty();
        }
        return source.get().actual(target, from, to);
    }

    private static TargetProgress progress(Optional<TargetActualSource> source, Target target, LocalDate from, LocalDate to,
                                           LocalDate actualTo, LocalDate today) {
        if (target.getDirection().isTrend()) {
            LocalDate until = today.isBefore(to) ? today : to;
            BigDecimal current = source.flatMap(s -> s.trendActual(target, from, until)).orElse(null);
            BigDecimal baseline = source.flatMap(s -> s.baseline(target, from, until)).orElse(null);
            return TargetProgress.of(target, current, baseline);
        }
        BigDecimal actual = source.flatMap(s -> s.actual(target, from, actualTo)).orElse(null);
        if (source.isPresent() && !source.get().accumulates(target)) {
            return TargetProgress.ofLevel(target, actual);
        }
        BigDecimal expected = target.getExpectedBy() == ExpectedBy.PLANNED_DATES
                ? source.flatMap(s -> s.plannedBy(target, from, today.isAfter(to) ? to : today)).orElse(null)
                : proRata(target.getTargetValue(), from, to, today);
        return TargetProgress.of(target, actual, expected);
    }

    /** The share of the target value that falls due by {@code today} if the work is spread evenly over the period. */
    static BigDecimal proRata(BigDecimal value, LocalDate from, LocalDate to, LocalDate today) {
        if (today.isBefore(from)) {
            return BigDecimal.ZERO;
        }
        if (!today.isBefore(to)) {
            return value;
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        long elapsed = ChronoUnit.DAYS.between(from, today) + 1;
        return value.multiply(BigDecimal.valueOf(elapsed)).divide(BigDecimal.valueOf(days), 2, RoundingMode.HALF_UP);
    }
}
