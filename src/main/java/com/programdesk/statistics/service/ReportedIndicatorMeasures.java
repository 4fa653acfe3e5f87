package com.programdesk.statistics.service;

import com.programdesk.program.domain.Target;
import com.programdesk.program.domain.TargetActualSource;
import com.programdesk.program.domain.TargetMeasure;
import com.programdesk.statistics.domain.Indicator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Targets measured by a reported indicator ("repeat abortion rate < 5‰", "awareness rising"):
 * the city's value, or the organiser institution's when the target names one, from approved
 * reports only. Trend targets compare with the same stretch one year earlier, cut at the newest
 * period reported this year: months not reported yet must not make this year look lower.
 */
@Component
class ReportedIndicatorMeasures implements TargetActualSource {

    private final IndicatorValues values;
    private final StatisticsCatalog catalog;

    ReportedIndicatorMeasures(IndicatorValues values, StatisticsCatalog catalog) {
        this.values = values;
        this.catalog = catalog;
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
        return indicator(target).flatMap(indicator -> values.lastPeriodEnd(indicator.numeratorId(), from, to)
                .flatMap(reported -> valueOf(target, indicator, from, reported)));
    }

    @Override
    public Optional<BigDecimal> plannedBy(Target target, LocalDate from, LocalDate day) {
        return Optional.empty();
    }

    @Override
    public Optional<BigDecimal> baseline(Target target, LocalDate from, LocalDate to) {
        return indicator(target).flatMap(indicator -> values.lastPeriodEnd(indicator.numeratorId(), from, to)
                .flatMap(reported -> valueOf(target, indicator, from.minusYears(1), reported.minusYears(1))));
    }

    private Optional<BigDecimal> valueOf(Target target, Indicator indicator, LocalDate from, LocalDate to) {
        return target.getOrganiserId() == null
                ? values.city(indicator, from, to)
                : values.institutions(indicator, List.of(target.getOrganiserId()), from, to);
    }

    private Optional<Indicator> indicator(Target target) {
        return target.getIndicatorId() == null ? Optional.empty() : catalog.indicators().stream()
                .filter(i -> i.id() == target.getIndicatorId()).findFirst();
    }
}
