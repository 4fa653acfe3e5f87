package com.programdesk.statistics.dashboard.service;

import com.programdesk.program.domain.Target;
import com.programdesk.program.domain.TargetActualSource;
import com.programdesk.program.domain.TargetMeasure;
import com.programdesk.statistics.catalog.domain.Indicator;
import com.programdesk.statistics.catalog.service.StatisticsCatalog;
import com.programdesk.statistics.dashboard.domain.Figure;
import com.programdesk.statistics.dashboard.service.IndicatorValues.Counts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Targets measured by a reported indicator ("repeat abortion rate < 5‰", "awareness rising"):
 * the city's value, or the organiser institution's when the target names one, from approved
 * reports only. Trend targets compare with the same stretch one year earlier, cut at the newest
 * period reported this year (by the city, or by that institution): months not reported yet must
 * not make this year look lower. Values computed from counts too small for the reader to see are
 * withheld: the target then shows no data.
 */
@Component
class ReportedIndicatorMeasures implements TargetActualSource {

    private final IndicatorValues values;
    private final StatisticsCatalog catalog;
    private final Suppression suppression;

    ReportedIndicatorMeasures(IndicatorValues values, StatisticsCatalog catalog, Suppression suppression) {
        this.values = values;
        this.catalog = catalog;
        this.suppression = suppression;
    }

    @Override
    public boolean supports(TargetMeasure measure) {
        return measure == TargetMeasure.REPORTED_INDICATOR;
    }

    @Override
    public Optional<BigDecimal> actual(Target target, LocalDate from, LocalDate to) {
        return indicator(target).flatMap(indicator -> valueOf(target, indicator, from, to));
    }

    /** A trend target's value, over the stretch that has been reported so far. */
    @Override
    public Optional<BigDecimal> trendActual(Target target, LocalDate from, LocalDate to) {
        return indicator(target).flatMap(indicator -> reportedUntil(target, indicator, from, to)
                .flatMap(reported -> valueOf(target, indicator, from, reported)));
    }

    @Override
    public Optional<BigDecimal> plannedBy(Target target, LocalDate from, LocalDate day) {
        return Optional.empty();
    }

    @Override
    public Optional<BigDecimal> baseline(Target target, LocalDate from, LocalDate to) {
        return indicator(target).flatMap(indicator -> reportedUntil(target, indicator, from, to)
                .flatMap(reported -> valueOf(target, indicator, from.minusYears(1), reported.minusYears(1))));
    }

    /** Rates (‰, %) are levels, not sums: no share of them falls due by a day. */
    @Override
    public boolean accumulates(Target target) {
        return indicator(target).map(indicator -> !indicator.isRate()).orElse(true);
    }

    @Override
    public boolean withheld(Target target, LocalDate from, LocalDate to) {
        if (!suppression.appliesToCurrentUser()) {
            return false;
        }
        return indicator(target).map(indicator -> {
            if (!target.getDirection().isTrend()) {
                return isWithheld(target, indicator, from, to);
            }
            return reportedUntil(target, indicator, from, to).map(reported -> isWithheld(target, indicator, from, reported)
                    || isWithheld(target, indicator, from.minusYears(1), reported.minusYears(1))).orElse(false);
        }).orElse(false);
    }

    private boolean isWithheld(Target target, Indicator indicator, LocalDate from, LocalDate to) {
        Counts counts = values.counts(indicator, target.getOrganiserId(), from, to);
        return suppression.figure(indicator, counts.numerator(), counts.denominator()).suppressed();
    }

    private Optional<LocalDate> reportedUntil(Target target, Indicator indicator, LocalDate from, LocalDate to) {
        return values.lastPeriodEnd(indicator.numeratorId(), target.getOrganiserId(), from, to);
    }

    private Optional<BigDecimal> valueOf(Target target, Indicator indicator, LocalDate from, LocalDate to) {
        Counts counts = values.counts(indicator, target.getOrganiserId(), from, to);
        Figure figure = suppression.figure(indicator, counts.numerator(), counts.denominator());
        return Optional.ofNullable(figure.value());
    }

    private Optional<Indicator> indicator(Target target) {
        return target.getIndicatorId() == null ? Optional.empty() : catalog.indicator(target.getIndicatorId());
    }
}
