package com.programdesk.statistics.dashboard.service;

import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.base.service.LikePatterns;
import com.programdesk.institution.domain.InstitutionSummary;
import com.programdesk.institution.domain.InstitutionType;
import com.programdesk.program.domain.TargetProgress;
import com.programdesk.program.service.TargetService;
import com.programdesk.security.service.CurrentUser;
import com.programdesk.statistics.catalog.domain.Aggregation;
import com.programdesk.statistics.catalog.domain.DataElement;
import com.programdesk.statistics.catalog.domain.Frequency;
import com.programdesk.statistics.catalog.domain.Indicator;
import com.programdesk.statistics.catalog.domain.ReportForm;
import com.programdesk.statistics.catalog.service.PeriodRange;
import com.programdesk.statistics.catalog.service.StatisticsCatalog;
import com.programdesk.statistics.dashboard.domain.Comparison;
import com.programdesk.statistics.dashboard.domain.ComparisonRow;
import com.programdesk.statistics.dashboard.domain.DashboardSelection;
import com.programdesk.statistics.dashboard.domain.Figure;
import com.programdesk.statistics.dashboard.domain.Trend;
import com.programdesk.statistics.dashboard.domain.TrendSeries;
import com.programdesk.statistics.dashboard.service.DashboardQueries.Totals;
import com.programdesk.statistics.dashboard.service.DashboardQueries.Value;
import com.programdesk.statistics.reporting.domain.HeatmapRow;
import com.programdesk.statistics.reporting.service.HeatmapService;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The statistics dashboards: trends per indicator (city and chosen institutions), institutions
 * compared over a range, the completeness heatmap and one institution's page. Reads approved
 * values only, from the tables kept at approval time; each method is a fixed handful of indexed
 * queries, whatever the number of institutions (see docs/statistics-design.md). Small counts are
 * withheld here for the roles that must not see them, and institution staff reach their own
 * institution only (no city line, no other institution).
 */
@Service
@Transactional(readOnly = true)
public class DashboardService {

    /** Lines in one trend chart besides the city's: more would not be readable. */
    public static final int MAX_SERIES = 8;
    /** Periods in one chart: ten years by month. */
    public static final int MAX_PERIODS = 120;
    private static final Function<LocalDate, LocalDate> MONTHLY_START = Frequency.MONTHLY::periodStartOf;
    /** Highest value first; withheld figures after all values, then those without data. */
    private static final Comparator<Map.Entry<Long, Figure>> BY_FIGURE = Comparator
            .<Map.Entry<Long, Figure>>comparingInt(e -> e.getValue().hasValue() ? 0 : e.getValue().suppressed() ? 1 : 2)
            .thenComparing(e -> e.getValue().hasValue() ? e.getValue().value().negate() : BigDecimal.ZERO)
            .thenComparing(Map.Entry::getKey);

    private final DashboardQueries queries;
    private final StatisticsCatalog catalog;
    private final Suppression suppression;
    private final CurrentUser currentUser;
    private final TargetService targets;
    private final HeatmapService heatmaps;
    private final JdbcClient jdbc;
    private final Clock clock;

    DashboardService(DashboardQueries queries, StatisticsCatalog catalog, Suppression suppression, CurrentUser currentUser,
                     TargetService targets, HeatmapService heatmaps, JdbcClient jdbc, Clock clock) {
        this.queries = queries;
        this.catalog = catalog;
        this.suppression = suppression;
        this.currentUser = currentUser;
        this.targets = targets;
        this.heatmaps = heatmaps;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The UI's texts by key, for the workbook (a view passes its {@code getTranslation}). */
    @FunctionalInterface
    public interface Labels {
        String get(String key, Object... params);
    }

    /** Counts below this are shown as "&lt;n" to the current user, or 0 when nothing is withheld from them. */
    @PreAuthorize("isAuthenticated()")
    public int suppressedBelow() {
        return suppression.appliesToCurrentUser() ? suppression.below() : 0;
    }

    /** Whether the current user sees the city's figures and every institution (the bureau, viewers, administrators). */
    @PreAuthorize("isAuthenticated()")
    public boolean seesCity() {
        return currentUser.require().seesAllInstitutions();
    }

    /** The periods an indicator is reported in: its numerator's form's frequency (monthly when no form has it). */
    @PreAuthorize("isAuthenticated()")
    public Frequency frequencyOf(long indicatorId) {
        return frequencyOf(indicator(indicatorId), catalog.forms());
    }

    private static Frequency frequencyOf(Indicator indicator, List<ReportForm> forms) {
        return forms.stream().filter(f -> f.contains(indicator.numeratorId())).map(ReportForm::frequency)
                .findFirst().orElse(Frequency.MONTHLY);
    }

    private static List<Value> valuesOf(Indicator indicator, Map<Long, List<Value>> byElement) {
        return elementsOf(indicator).stream().flatMap(e -> byElement.getOrDefault(e, List.of()).stream()).toList();
    }

    /**
     * The indicator period by period over [from, to] (whole periods of the granularity, never finer
     * than the indicator is reported): the city's line for the bureau, and one line per chosen institution.
     */
    @PreAuthorize("isAuthenticated()")
    public Trend trend(long indicatorId, LocalDate from, LocalDate to, Frequency granularity, List<Long> institutionIds) {
        Indicator indicator = indicator(indicatorId);
        Frequency step = coarser(granularity, frequencyOf(indicatorId));
        List<LocalDate> periods = periods(step, from, to);
        List<Long> chosen = chosenInstitutions(institutionIds);
        if (chosen.size() > MAX_SERIES) {
            throw new InvalidFieldException("institutions", "dashboard.error.tooManyInstitutions");
        }
        LocalDate start = periods.getFirst();
        LocalDate end = step.periodEnd(periods.getLast());
        Map<Long, Aggregation> aggregation = aggregations();
        List<Long> elements = elementsOf(indicator);
        List<Long> flows = elements.stream().filter(e -> aggregation.get(e) == Aggregation.SUM).toList();
        List<Long> stocks = elements.stream().filter(e -> aggregation.get(e) == Aggregation.LATEST).toList();
        boolean suppressing = suppression.appliesToCurrentUser();
        List<TrendSeries> series = new ArrayList<>();
        if (seesCity()) {
            series.add(series(indicator, null, null, step, periods, queries.city(flows, stocks, start, end), aggregation, suppressing));
        }
        if (!chosen.isEmpty()) {
            Map<Long, List<Value>> byInstitution = queries.institutions(flows, stocks, chosen, start, end).stream()
                    .collect(Collectors.groupingBy(Value::institutionId));
            Map<Long, String> names = queries.names(chosen);
            for (Long id : chosen) {
                series.add(series(indicator, id, names.get(id), step, periods, byInstitution.getOrDefault(id, List.of()), aggregation,
                        suppressing));
            }
        }
        return new Trend(indicator, step, periods, series);
    }

    /** Every indicator of one institution over [from, to], each with the city's line for those who see the city. */
    @PreAuthorize("isAuthenticated()")
    public List<Trend> institutionTrends(long institutionId, LocalDate from, LocalDate to, Frequency granularity) {
        currentUser.requireReach(institutionId);
        Map<Long, Aggregation> aggregation = aggregations();
        List<ReportForm> forms = catalog.forms();
        List<Indicator> indicators = catalog.indicators();
        Map<Long, Frequency> steps = indicators.stream().collect(Collectors.toMap(Indicator::id,
                i -> coarser(granularity, frequencyOf(i, forms))));
        Map<Long, List<LocalDate>> periods = indicators.stream().collect(Collectors.toMap(Indicator::id,
                i -> periods(steps.get(i.id()), from, to)));
        LocalDate start = periods.values().stream().map(List::getFirst).min(Comparator.naturalOrder()).orElse(from);
        LocalDate end = indicators.stream().map(i -> steps.get(i.id()).periodEnd(periods.get(i.id()).getLast()))
                .max(Comparator.naturalOrder()).orElse(to);
        Map<Long, List<Value>> own = queries.institution(institutionId, start, end).stream().collect(Collectors.groupingBy(Value::elementId));
        Map<Long, List<Value>> city = Map.of();
        if (seesCity()) {
            List<Long> elements = indicators.stream().flatMap(i -> elementsOf(i).stream()).distinct().toList();
            city = queries.city(elements.stream().filter(e -> aggregation.get(e) == Aggregation.SUM).toList(),
                    elements.stream().filter(e -> aggregation.get(e) == Aggregation.LATEST).toList(), start, end).stream()
                    .collect(Collectors.groupingBy(Value::elementId));
        }
        String name = queries.names(List.of(institutionId)).get(institutionId);
        boolean suppressing = suppression.appliesToCurrentUser();
        List<Trend> trends = new ArrayList<>();
        for (Indicator indicator : indicators) {
            Frequency step = steps.get(indicator.id());
            List<TrendSeries> series = new ArrayList<>();
            if (seesCity()) {
                series.add(series(indicator, null, null, step, periods.get(indicator.id()), valuesOf(indicator, city), aggregation, suppressing));
            }
            series.add(series(indicator, institutionId, name, step, periods.get(indicator.id()), valuesOf(indicator, own), aggregation,
                    suppressing));
            trends.add(new Trend(indicator, step, periods.get(indicator.id()), series));
        }
        return trends;
    }

    /**
     * Institutions side by side for one indicator over [from, to], highest first, at most
     * {@code limit} rows: the chosen institutions, or every institution with data the user reaches.
     */
    @PreAuthorize("isAuthenticated()")
    public Comparison compare(long indicatorId, LocalDate from, LocalDate to, List<Long> institutionIds, int limit) {
        Indicator indicator = indicator(indicatorId);
        LocalDate start = MONTHLY_START.apply(from);
        PeriodRange.require(start, to);
        Collection<Long> restriction = currentUser.restriction(institutionIds);
        Map<Long, Aggregation> aggregation = aggregations();
        boolean numeratorFlows = aggregation.get(indicator.numeratorId()) == Aggregation.SUM;
        boolean denominatorFlows = indicator.isRate() && aggregation.get(indicator.denominatorId()) == Aggregation.SUM;
        Map<Long, BigDecimal> numerators = new HashMap<>();
        Map<Long, BigDecimal> denominators = new HashMap<>();
        if (numeratorFlows || denominatorFlows) {
            Map<Long, Totals> totals = queries.flowTotals(indicator.numeratorId(), denominatorFlows ? indicator.denominatorId() : null,
                    start, to, restriction);
            totals.values().forEach(t -> {
                if (numeratorFlows && t.numerator() != null) {
                    numerators.put(t.institutionId(), t.numerator());
                }
                if (denominatorFlows && t.denominator() != null) {
                    denominators.put(t.institutionId(), t.denominator());
                }
            });
        }
        if (!numeratorFlows) {
            numerators.putAll(queries.latestByInstitution(indicator.numeratorId(), to, restriction));
        }
        if (indicator.isRate() && !denominatorFlows) {
            denominators.putAll(queries.latestByInstitution(indicator.denominatorId(), to, restriction));
        }
        boolean suppressing = suppression.appliesToCurrentUser();
        Map<Long, Figure> figures = new HashMap<>();
        numerators.forEach((id, numerator) -> figures.put(id, suppression.figure(indicator, numerator, denominators.get(id), suppressing)));
        List<Map.Entry<Long, Figure>> ranked = figures.entrySet().stream().sorted(BY_FIGURE).toList();
        List<Map.Entry<Long, Figure>> shown = ranked.subList(0, Math.min(Math.max(limit, 0), ranked.size()));
        Map<Long, String> names = queries.names(shown.stream().map(Map.Entry::getKey).toList());
        List<ComparisonRow> rows = shown.stream().map(e -> new ComparisonRow(e.getKey(), names.get(e.getKey()), e.getValue())).toList();
        return new Comparison(indicator, start, to, rows, ranked.size());
    }

    /** The name of an institution the user reaches, for its page. */
    @PreAuthorize("isAuthenticated()")
    public Optional<String> institutionName(long institutionId) {
        currentUser.requireReach(institutionId);
        return Optional.ofNullable(queries.names(List.of(institutionId)).get(institutionId));
    }

    /** Institutions that file at least one form, matching {@code text}, for the dashboard's institution filter. */
    @PreAuthorize("isAuthenticated()")
    public List<InstitutionSummary> reportingInstitutions(String text, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = new StringBuilder("""
                SELECT i.id, i.name_zh, i.short_name, i.code, i.type FROM institution i
                WHERE i.active AND i.id IN (SELECT institution_id FROM report_form_institution)""");
        if (!seesCity()) {
            sql.append(" AND i.id IN (:reach)");
            params.put("reach", currentUser.reachForQuery());
        }
        if (text != null && !text.isBlank()) {
            sql.append(" AND (i.name_zh LIKE :text OR i.short_name LIKE :text OR i.code LIKE :text)");
            params.put("text", LikePatterns.contains(text));
        }
        sql.append(" ORDER BY i.code, i.id LIMIT :limit OFFSET :offset");
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> new InstitutionSummary(rs.getLong(1), rs.getString(2),
                rs.getString(3), rs.getString(4), InstitutionType.valueOf(rs.getString(5)))).list();
    }

    /** Writes what the dashboard shows to an Excel workbook, withheld figures as "&lt;n" for those who may not see them. */
    @PreAuthorize("isAuthenticated()")
    public void writeXlsx(DashboardSelection selection, Labels labels, Locale locale, OutputStream out) {
        Trend trend = trend(selection.indicatorId(), selection.from(), selection.to(), selection.granularity(), selection.institutionIds());
        Comparison comparison = compare(selection.indicatorId(), selection.from(), selection.to(), selection.institutionIds(), Integer.MAX_VALUE);
        ReportForm form = form(selection.formId());
        List<HeatmapRow> heatmap = heatmaps.heatmap(selection.formId(), selection.from(), selection.to(), selection.institutionIds(), 0, Integer.MAX_VALUE);
        List<TargetProgress> progress = selection.programId() == null ? List.of() : targets.progress(selection.programId());
        new DashboardWorkbook(labels, locale, suppressedBelow()).write(out, progress, trend, comparison, form, heatmap);
    }

    private TrendSeries series(Indicator indicator, Long institutionId, String name, Frequency step, List<LocalDate> periods,
                               List<Value> values, Map<Long, Aggregation> aggregation, boolean suppressing) {
        Map<Long, NavigableMap<LocalDate, BigDecimal>> byElement = new HashMap<>();
        values.forEach(v -> byElement.computeIfAbsent(v.elementId(), k -> new TreeMap<>()).merge(v.period(), v.value(), BigDecimal::add));
        List<Figure> figures = periods.stream().map(period -> {
            LocalDate end = step.periodEnd(period);
            BigDecimal numerator = valueIn(byElement.get(indicator.numeratorId()), aggregation.get(indicator.numeratorId()), period, end);
            BigDecimal denominator = indicator.isRate()
                    ? valueIn(byElement.get(indicator.denominatorId()), aggregation.get(indicator.denominatorId()), period, end) : null;
            return suppression.figure(indicator, numerator, denominator, suppressing);
        }).toList();
        return new TrendSeries(institutionId, name, figures);
    }

    /** A flow's sum over the periods starting in [start, end], or a stock's newest value by {@code end}; null without data. */
    private static BigDecimal valueIn(NavigableMap<LocalDate, BigDecimal> values, Aggregation aggregation, LocalDate start, LocalDate end) {
        if (values == null) {
            return null;
        }
        if (aggregation == Aggregation.LATEST) {
            Map.Entry<LocalDate, BigDecimal> newest = values.floorEntry(end);
            return newest == null || newest.getKey().isBefore(start.minusYears(DashboardQueries.LATEST_LOOKBACK_YEARS)) ? null : newest.getValue();
        }
        Collection<BigDecimal> inRange = values.subMap(start, true, end, true).values();
        return inRange.isEmpty() ? null : inRange.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The chosen institutions, each of which the user must reach. */
    private List<Long> chosenInstitutions(List<Long> institutionIds) {
        List<Long> chosen = institutionIds == null ? List.of() : institutionIds.stream().distinct().toList();
        chosen.forEach(currentUser::requireReach);
        if (chosen.isEmpty() && !seesCity()) {
            return List.copyOf(currentUser.require().reachableInstitutionIds());
        }
        return chosen;
    }

    private List<LocalDate> periods(Frequency step, LocalDate from, LocalDate to) {
        return PeriodRange.of(step, from, to, MAX_PERIODS);
    }

    private static Frequency coarser(Frequency a, Frequency b) {
        return a == null ? b : a.months() >= b.months() ? a : b;
    }

    private static List<Long> elementsOf(Indicator indicator) {
        return indicator.isRate() ? List.of(indicator.numeratorId(), indicator.denominatorId()) : List.of(indicator.numeratorId());
    }

    private Map<Long, Aggregation> aggregations() {
        return catalog.elements().stream().collect(Collectors.toMap(DataElement::id, DataElement::aggregation));
    }

    private Indicator indicator(long indicatorId) {
        return catalog.indicator(indicatorId).orElseThrow(() -> new AccessDeniedException("No indicator " + indicatorId));
    }

    private ReportForm form(long formId) {
        return catalog.form(formId).orElseThrow(() -> new AccessDeniedException("No form " + formId));
    }

}
