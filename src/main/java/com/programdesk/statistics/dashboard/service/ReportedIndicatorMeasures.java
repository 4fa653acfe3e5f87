package com.programdesk.statistics.dashboard.service;

import com.programdesk.base.jdbc.TransactionMemo;
import com.programdesk.program.plan.domain.Program;
import com.programdesk.program.targets.domain.Target;
import com.programdesk.program.targets.domain.TargetActualSource;
import com.programdesk.program.plan.domain.MeasuredData;
import com.programdesk.program.plan.domain.TargetActualsChanged;
import com.programdesk.program.targets.domain.TargetMeasure;
import com.programdesk.program.plan.service.ProgramService;
import com.programdesk.statistics.catalog.domain.Indicator;
import com.programdesk.statistics.catalog.service.StatisticsCatalog;
import com.programdesk.statistics.dashboard.domain.Figure;
import com.programdesk.statistics.dashboard.service.IndicatorValues.Counts;
import com.programdesk.statistics.reporting.domain.ApprovedValuesChanged;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Targets measured by a reported indicator ("repeat abortion rate < 5‰", "awareness rising"), from approved
 * reports only, of the program's own institutions: the organiser institution when the target names one, else the
 * program's participants when it lists them, else every institution of the program's area (the area's totals and
 * its own population); a program without an area reads the whole installation. Trend targets compare with the same
 * stretch one year earlier, cut at the newest period reported this year: months not reported yet must not make this
 * year look lower. Values computed from counts too small for the reader to see are withheld: the target then shows
 * no data; a rate whose denominator (population) is missing says so.
 */
@Component
class ReportedIndicatorMeasures implements TargetActualSource {

    private final IndicatorValues values;
    private final StatisticsCatalog catalog;
    private final Suppression suppression;
    private final ProgramService programs;

    private final ApplicationEventPublisher events;
    /** Each figure of each target asks for its program's scope: read once per computation. */
    private final TransactionMemo<Long, Scope> programScopes = new TransactionMemo<>();

    ReportedIndicatorMeasures(IndicatorValues values, StatisticsCatalog catalog, Suppression suppression, ProgramService programs,
                              ApplicationEventPublisher events) {
        this.events = events;
        this.values = values;
        this.catalog = catalog;
        this.suppression = suppression;
        this.programs = programs;
    }

    /** Approved figures came or went: targets read them (published in the approval's transaction, acted on after it). */
    @EventListener
    void on(ApprovedValuesChanged change) {
        events.publishEvent(TargetActualsChanged.anyProgram(MeasuredData.APPROVED_FIGURES));
    }

    @Override
    public boolean supports(TargetMeasure measure) {
        return measure == TargetMeasure.REPORTED_INDICATOR;
    }

    @Override
    public Optional<BigDecimal> actual(Target target, LocalDate from, LocalDate to) {
        return indicator(target).flatMap(indicator -> valueOf(scopeOf(target), indicator, from, to));
    }

    /** A trend target's value, over the stretch that has been reported so far. */
    @Override
    public Optional<BigDecimal> trendActual(Target target, LocalDate from, LocalDate to) {
        Scope scope = scopeOf(target);
        return indicator(target).flatMap(indicator -> reportedUntil(scope, indicator, from, to)
                .flatMap(reported -> valueOf(scope, indicator, from, reported)));
    }

    @Override
    public Optional<BigDecimal> plannedBy(Target target, LocalDate from, LocalDate day) {
        return Optional.empty();
    }

    @Override
    public Optional<BigDecimal> baseline(Target target, LocalDate from, LocalDate to) {
        Scope scope = scopeOf(target);
        return indicator(target).flatMap(indicator -> reportedUntil(scope, indicator, from, to)
                .flatMap(reported -> valueOf(scope, indicator, from.minusYears(1), reported.minusYears(1))));
    }

    /** Rates (‰, %) are levels, not sums: no share of them falls due by a day. */
    @Override
    public boolean accumulates(Target target) {
        return indicator(target).map(indicator -> !indicator.isRate()).orElse(true);
    }

    @Override
    public boolean withholdsFromCurrentReader() {
        return suppression.appliesToCurrentUser();
    }

    @Override
    public boolean withheld(Target target, LocalDate from, LocalDate to) {
        if (!suppression.appliesToCurrentUser()) {
            return false;
        }
        Scope scope = scopeOf(target);
        return indicator(target).map(indicator -> {
            if (!target.getDirection().isTrend()) {
                return figure(scope, indicator, from, to).suppressed();
            }
            return reportedUntil(scope, indicator, from, to).map(reported -> figure(scope, indicator, from, reported).suppressed()
                    || figure(scope, indicator, from.minusYears(1), reported.minusYears(1)).suppressed()).orElse(false);
        }).orElse(false);
    }

    @Override
    public boolean denominatorMissing(Target target, LocalDate from, LocalDate to) {
        Scope scope = scopeOf(target);
        return indicator(target).map(indicator -> {
            LocalDate until = target.getDirection().isTrend() ? reportedUntil(scope, indicator, from, to).orElse(to) : to;
            return figure(scope, indicator, from, until).denominatorMissing();
        }).orElse(false);
    }

    /** Whose reports the target reads (see the class comment). */
    Scope scopeOf(Target target) {
        if (target.getOrganiserId() != null) {
            return Scope.institutions(List.of(target.getOrganiserId()));
        }
        return programScopes.get(target.getProgramId(), this::programScope);
    }

    private Scope programScope(long programId) {
        List<Long> participants = programs.participants(programId);
        if (!participants.isEmpty()) {
            return Scope.institutions(participants);
        }
        Long area = programs.find(programId).map(Program::getAreaId).orElse(null);
        return area == null ? Scope.INSTALLATION : Scope.area(area);
    }

    private Optional<LocalDate> reportedUntil(Scope scope, Indicator indicator, LocalDate from, LocalDate to) {
        return values.lastPeriodEnd(indicator.numeratorElementIds(), scope, from, to);
    }

    private Figure figure(Scope scope, Indicator indicator, LocalDate from, LocalDate to) {
        Counts counts = values.counts(indicator, scope, from, to);
        return suppression.figure(indicator, counts.numerator(), counts.denominator(), counts.named().values(),
                suppression.appliesToCurrentUser());
    }

    private Optional<BigDecimal> valueOf(Scope scope, Indicator indicator, LocalDate from, LocalDate to) {
        return Optional.ofNullable(figure(scope, indicator, from, to).value());
    }

    private Optional<Indicator> indicator(Target target) {
        return target.getIndicatorId() == null ? Optional.empty() : catalog.indicator(target.getIndicatorId());
    }
}
