package com.programdesk.statistics.dashboard.service;

import com.programdesk.area.domain.AreaSummary;
import com.programdesk.area.service.AreaService;
import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.base.service.LikePatterns;
import com.programdesk.institution.domain.InstitutionSummary;
import com.programdesk.institution.domain.InstitutionType;
import com.programdesk.program.plan.domain.Program;
import com.programdesk.program.targets.domain.TargetProgress;
import com.programdesk.program.plan.service.ProgramService;
import com.programdesk.program.targets.service.TargetService;
import com.programdesk.security.domain.AuthenticatedUser;
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
import com.programdesk.statistics.dashboard.service.DashboardQueries.AreaValue;
import com.programdesk.statistics.dashboard.service.DashboardQueries.Value;
import com.programdesk.statistics.reporting.domain.AreaCompletenessRow;
import com.programdesk.statistics.reporting.domain.HeatmapRow;
import com.programdesk.statistics.reporting.domain.ReadScope;
import com.programdesk.statistics.reporting.service.AreaScopes;
import com.programdesk.statistics.reporting.service.HeatmapService;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
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
 * The statistics dashboards, for an area (an area within the user's own; none: the user's own area, or the whole
 * installation for users bound to none): trends per indicator (the area's line and chosen institutions'), the
 * area's children compared (the areas right below it and the institutions placed right in it), institutions
 * ranked, the completeness heatmap and one institution's page. Reads approved values only, from the tables kept
 * at approval time; each method is a fixed handful of indexed queries, whatever the number of institutions or
 * areas (see docs/statistics-design.md). An area's rate divides the area's counts by the same area's population.
 * Small counts are withheld here for the roles that must not see them, and institution staff reach their own
 * institution only (no area figures, no other institution).
 */
@Service
@Transactional(readOnly = true)
public class DashboardService {

    /** Lines in one trend chart besides the area's: more would not be readable. */
    public static final int MAX_SERIES = 8;
    /** Periods in one chart: ten years by month. */
    public static final int MAX_PERIODS = 120;
    /** Areas right below one area: more than any level of the tree has. */
    static final int MAX_CHILDREN = 2000;
    private static final Function<LocalDate, LocalDate> MONTHLY_START = Frequency.MONTHLY::periodStartOf;
    /** Highest value first; then withheld figures, figures without a denominator, and those without data. */
    private static final Comparator<ComparisonRow> BY_FIGURE = Comparator
            .<ComparisonRow>comparingInt(r -> rank(r.figure()))
            .thenComparing(r -> r.figure().hasValue() ? r.figure().value().negate() : BigDecimal.ZERO)
            .thenComparing(r -> r.isArea() ? 0 : 1)
            .thenComparing(ComparisonRow::id);

    private final DashboardQueries queries;
    private final IndicatorValues values;
    private final StatisticsCatalog catalog;
    private final Suppression suppression;
    private final CurrentUser currentUser;
    private final AreaScopes scopes;
    private final AreaService areas;
    private final ProgramService programs;
    private final TargetService targets;
    private final HeatmapService heatmaps;
    private final JdbcClient jdbc;

    DashboardService(DashboardQueries queries, IndicatorValues values, StatisticsCatalog catalog, Suppression suppression,
                     CurrentUser currentUser, AreaScopes scopes, AreaService areas, ProgramService programs, TargetService targets,
                     HeatmapService heatmaps, JdbcClient jdbc) {
        this.queries = queries;
        this.values = values;
        this.catalog = catalog;
        this.suppression = suppression;
        this.currentUser = currentUser;
        this.scopes = scopes;
        this.areas = areas;
        this.programs = programs;
        this.targets = targets;
        this.heatmaps = heatmaps;
        this.jdbc = jdbc;
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

    /** Whether the current user reads area figures (bureau staff, viewers, administrators), not only their own institution's. */
    @PreAuthorize("isAuthenticated()")
    public boolean seesAreas() {
        return !currentUser.require().role().requiresInstitution();
    }

    /** Whether the current user may read the whole installation (bound to no area). */
    @PreAuthorize("isAuthenticated()")
    public boolean seesInstallation() {
        return currentUser.require().seesAllInstitutions();
    }

    /** The periods an indicator is reported in: its numerator's form's frequency (monthly when no form has it). */
    @PreAuthorize("isAuthenticated()")
    public Frequency frequencyOf(long indicatorId) {
        return frequencyOf(indicator(indicatorId), catalog.forms());
    }

    /**
     * The value an indicator (saved or still in its editor) has for an area in the period that holds {@code day}
     * (null area: the user's own, or the whole installation), as the dashboard shows it: for the indicator page's preview.
     */
    @PreAuthorize("hasAnyRole('" + com.programdesk.security.domain.Roles.ADMIN + "','" + com.programdesk.security.domain.Roles.COORDINATOR + "')")
    public Figure preview(Long areaId, Indicator indicator, LocalDate day) {
        Frequency step = frequencyOf(indicator, catalog.forms());
        LocalDate period = step.periodStartOf(day);
        Trend trend = trend(areaId, indicator, period, step.periodEnd(period), step, List.of());
        return trend.series().isEmpty() ? Figure.NONE : trend.series().getFirst().figures().getFirst();
    }

    // ---- the area picker

    /**
     * The area a dashboard opens on: the program's area when the user may read it, else the user's own area; empty
     * for the whole installation (users bound to no area) and for institution staff (no area figures).
     */
    @PreAuthorize("isAuthenticated()")
    public Optional<AreaSummary> defaultArea(Long programId) {
        AuthenticatedUser user = currentUser.require();
        if (user.role().requiresInstitution()) {
            return Optional.empty();
        }
        if (programId != null) {
            Optional<AreaSummary> programArea = programs.find(programId).map(Program::getAreaId).flatMap(areas::summary)
                    .filter(scopes::covers);
            if (programArea.isPresent()) {
                return programArea;
            }
        }
        return areas.summary(user.areaId());
    }

    /** Whether the user reads the area (one within the user's own; a program without an area: everyone). */
    @PreAuthorize("isAuthenticated()")
    public boolean reads(Long areaId) {
        return areaId == null || areas.summary(areaId).map(scopes::covers).orElse(false);
    }

    /** An area the user may read (refused otherwise), for the picker. */
    @PreAuthorize("isAuthenticated()")
    public AreaSummary area(long areaId) {
        ReadScope scope = scopes.resolve(areaId);
        return areas.summary(scope.areaId()).orElseThrow(() -> new AccessDeniedException("No area " + areaId));
    }

    /** The breadcrumb of an area: the areas above it that the user may read (from the user's own area down), and the area. */
    @PreAuthorize("isAuthenticated()")
    public List<AreaSummary> lineage(Long areaId) {
        ReadScope scope = scopes.resolve(areaId);
        if (!scope.isArea()) {
            return List.of();
        }
        return areas.lineage(scope.areaId()).stream().filter(scopes::covers).toList();
    }

    /** The active areas right below an area (the top areas for the whole installation), a page at a time in code order. */
    @PreAuthorize("isAuthenticated()")
    public List<AreaSummary> childAreas(Long areaId, int offset, int limit) {
        ReadScope scope = scopes.resolve(areaId);
        return scope.hasAreaFigures() ? areas.children(scope.areaId(), true, offset, limit) : List.of();
    }

    @PreAuthorize("isAuthenticated()")
    public int countChildAreas(Long areaId) {
        ReadScope scope = scopes.resolve(areaId);
        return scope.hasAreaFigures() ? areas.countChildren(scope.areaId(), true) : 0;
    }

    /** Active areas within the user's own whose name contains {@code text} or whose code starts with it, in code order. */
    @PreAuthorize("isAuthenticated()")
    public List<AreaSummary> searchAreas(String text, int offset, int limit) {
        if (!seesAreas()) {
            return List.of();
        }
        String own = currentUser.require().areaPath();
        String trimmed = text == null ? "" : text.strip();
        return jdbc.sql("""
                SELECT id, code, level, name_zh, name_en, path, active FROM area
                WHERE active AND (name_zh LIKE :contains OR name_en LIKE :contains OR code LIKE :prefix)""" + (own == null ? "" : " AND path LIKE :own")
                        + " ORDER BY code LIMIT :limit OFFSET :offset")
                .param("contains", LikePatterns.contains(trimmed)).param("prefix", LikePatterns.escape(trimmed) + "%")
                .params(own == null ? Map.of() : Map.of("own", LikePatterns.escape(own) + "%")).param("limit", limit).param("offset", offset)
                .query((rs, n) -> new AreaSummary(rs.getLong("id"), rs.getString("code"),
                        com.programdesk.area.domain.AreaLevel.valueOf(rs.getString("level")), rs.getString("name_zh"), rs.getString("name_en"),
                        rs.getString("path"), rs.getBoolean("active"))).list();
    }

    // ---- figures

    /** The trend of the user's default area (see {@link #trend(Long, long, LocalDate, LocalDate, Frequency, List)}). */
    @PreAuthorize("isAuthenticated()")
    public Trend trend(long indicatorId, LocalDate from, LocalDate to, Frequency granularity, List<Long> institutionIds) {
        return trend(null, indicatorId, from, to, granularity, institutionIds);
    }

    /**
     * The indicator period by period over [from, to] (whole periods of the granularity, never finer than the
     * indicator is reported): the area's line for those who read areas, and one line per chosen institution (for
     * institution staff without a choice, their own).
     */
    @PreAuthorize("isAuthenticated()")
    public Trend trend(Long areaId, long indicatorId, LocalDate from, LocalDate to, Frequency granularity, List<Long> institutionIds) {
        return trend(areaId, indicator(indicatorId), from, to, granularity, institutionIds);
    }

    private Trend trend(Long areaId, Indicator indicator, LocalDate from, LocalDate to, Frequency granularity, List<Long> institutionIds) {
        Frequency step = coarser(granularity, frequencyOf(indicator, catalog.forms()));
        List<LocalDate> periods = periods(step, from, to);
        ReadScope scope = scopes.resolve(areaId);
        List<Long> chosen = chosenInstitutions(institutionIds);
        if (chosen.size() > MAX_SERIES) {
            throw new InvalidFieldException("institutions", "dashboard.error.tooManyInstitutions");
        }
        LocalDate start = periods.getFirst();
        LocalDate end = step.periodEnd(periods.getLast());
        Map<Long, Aggregation> aggregation = aggregations();
        boolean suppressing = suppression.appliesToCurrentUser();
        List<TrendSeries> series = new ArrayList<>();
        if (scope.hasAreaFigures()) {
            series.add(series(indicator, null, scope, step, periods, areaValues(scope, indicator.elementIdList(), aggregation, start, end),
                    aggregation, suppressing));
        }
        if (!chosen.isEmpty()) {
            List<Long> elements = indicator.elementIdList();
            Map<Long, List<Value>> byInstitution = queries.institutions(flows(elements, aggregation), stocks(elements, aggregation), chosen, start, end)
                    .stream().collect(Collectors.groupingBy(Value::institutionId));
            Map<Long, String> names = queries.names(chosen);
            for (Long id : chosen) {
                series.add(series(indicator, id, names.get(id), step, periods, byInstitution.getOrDefault(id, List.of()), aggregation,
                        suppressing));
            }
        }
        return new Trend(indicator, step, periods, series);
    }

    /** Every indicator of one institution, each beside the line of the institution's own area for those who read areas. */
    @PreAuthorize("isAuthenticated()")
    public List<Trend> institutionTrends(long institutionId, LocalDate from, LocalDate to, Frequency granularity) {
        return institutionTrends(institutionId, null, from, to, granularity);
    }

    /** Every indicator of one institution over [from, to], each beside the line of {@code areaId} (null: the institution's own area). */
    @PreAuthorize("isAuthenticated()")
    public List<Trend> institutionTrends(long institutionId, Long areaId, LocalDate from, LocalDate to, Frequency granularity) {
        currentUser.requireReach(institutionId);
        ReadScope scope = beside(institutionId, areaId);
        Map<Long, Aggregation> aggregation = aggregations();
        List<ReportForm> forms = catalog.forms();
        List<Indicator> indicators = catalog.offeredIndicators();
        Map<Long, Frequency> steps = indicators.stream().collect(Collectors.toMap(Indicator::id,
                i -> coarser(granularity, frequencyOf(i, forms))));
        Map<Long, List<LocalDate>> periods = indicators.stream().collect(Collectors.toMap(Indicator::id,
                i -> periods(steps.get(i.id()), from, to)));
        LocalDate start = periods.values().stream().map(List::getFirst).min(Comparator.naturalOrder()).orElse(from);
        LocalDate end = indicators.stream().map(i -> steps.get(i.id()).periodEnd(periods.get(i.id()).getLast()))
                .max(Comparator.naturalOrder()).orElse(to);
        Map<Long, List<Value>> own = queries.institution(institutionId, start, end).stream().collect(Collectors.groupingBy(Value::elementId));
        Map<Long, List<Value>> area = Map.of();
        if (scope.hasAreaFigures()) {
            List<Long> elements = indicators.stream().flatMap(i -> i.elementIdList().stream()).distinct().toList();
            area = areaValues(scope, elements, aggregation, start, end).stream().collect(Collectors.groupingBy(Value::elementId));
        }
        String name = queries.names(List.of(institutionId)).get(institutionId);
        boolean suppressing = suppression.appliesToCurrentUser();
        List<Trend> trends = new ArrayList<>();
        for (Indicator indicator : indicators) {
            Frequency step = steps.get(indicator.id());
            List<TrendSeries> series = new ArrayList<>();
            if (scope.hasAreaFigures()) {
                series.add(series(indicator, null, scope, step, periods.get(indicator.id()), valuesOf(indicator, area), aggregation, suppressing));
            }
            series.add(series(indicator, institutionId, name, step, periods.get(indicator.id()), valuesOf(indicator, own), aggregation,
                    suppressing));
            trends.add(new Trend(indicator, step, periods.get(indicator.id()), series));
        }
        return trends;
    }

    /** Institutions of the user's default area ranked (see {@link #compare(Long, long, LocalDate, LocalDate, List, int)}). */
    @PreAuthorize("isAuthenticated()")
    public Comparison compare(long indicatorId, LocalDate from, LocalDate to, List<Long> institutionIds, int limit) {
        return compare(null, indicatorId, from, to, institutionIds, limit);
    }

    /**
     * Institutions side by side for one indicator over [from, to], highest first, at most {@code limit} rows: the
     * chosen institutions, or every institution of the area with data. An institution has no population, so a
     * rate per population has no denominator here.
     */
    @PreAuthorize("isAuthenticated()")
    public Comparison compare(Long areaId, long indicatorId, LocalDate from, LocalDate to, List<Long> institutionIds, int limit) {
        Indicator indicator = indicator(indicatorId);
        LocalDate start = MONTHLY_START.apply(from);
        PeriodRange.require(start, to);
        Collection<Long> restriction = scopes.restriction(scopes.resolve(areaId), institutionIds);
        Map<Long, Figure> figures = institutionFigures(indicator, start, to, restriction);
        List<ComparisonRow> ranked = figures.entrySet().stream().map(e -> ComparisonRow.institution(e.getKey(), null, e.getValue()))
                .sorted(BY_FIGURE).toList();
        List<ComparisonRow> shown = ranked.subList(0, Math.min(Math.max(limit, 0), ranked.size()));
        Map<Long, String> names = queries.names(shown.stream().map(ComparisonRow::id).toList());
        List<ComparisonRow> rows = shown.stream().map(r -> ComparisonRow.institution(r.id(), names.get(r.id()), r.figure())).toList();
        return new Comparison(indicator, start, to, rows, ranked.size());
    }

    /**
     * The area's children side by side for one indicator over [from, to], highest first: every active area right
     * below it (each its own totals over its own population; those without data last) and the institutions placed
     * right in it that have data. The dashboard drills down from a row to that area, or to the institution's page.
     */
    @PreAuthorize("isAuthenticated()")
    public Comparison compareChildren(Long areaId, long indicatorId, LocalDate from, LocalDate to) {
        Indicator indicator = indicator(indicatorId);
        LocalDate start = MONTHLY_START.apply(from);
        PeriodRange.require(start, to);
        ReadScope scope = scopes.resolve(areaId);
        if (!scope.hasAreaFigures()) {
            throw new AccessDeniedException("Institution users compare no areas");
        }
        Map<Long, Aggregation> aggregation = aggregations();
        boolean suppressing = suppression.appliesToCurrentUser();
        List<AreaSummary> children = areas.children(scope.areaId(), true, 0, MAX_CHILDREN);
        List<Long> childIds = children.stream().map(AreaSummary::id).toList();
        Map<Long, Map<Long, BigDecimal>> byArea = new HashMap<>();
        List<Long> flows = flows(indicator.elementIdList(), aggregation);
        List<Long> stocks = stocks(indicator.elementIdList(), aggregation);
        if (!childIds.isEmpty()) {
            if (!flows.isEmpty()) {
                queries.areaTotals(flows, childIds, start, to).forEach((area, tallies) -> byArea.put(area,
                        new HashMap<>(Tally.values(tallies, aggregation))));
            }
            if (!stocks.isEmpty()) {
                newestPopulation(stocks, childIds, to).forEach(v -> byArea.computeIfAbsent(v.areaId(), k -> new HashMap<>())
                        .put(v.elementId(), v.value()));
            }
        }
        List<ComparisonRow> rows = new ArrayList<>();
        for (AreaSummary child : children) {
            Map<Long, BigDecimal> values = byArea.getOrDefault(child.id(), Map.of());
            rows.add(ComparisonRow.area(child.id(), child.nameZh(), suppression.figure(indicator, indicator.numeratorOf(values),
                    indicator.denominatorOf(values), counts(values, aggregation), suppressing)));
        }
        List<Long> direct = scope.isArea() ? queries.institutionsDirectlyIn(scope.areaId()) : List.of();
        if (!direct.isEmpty()) {
            Map<Long, Figure> figures = institutionFigures(indicator, start, to, direct);
            Map<Long, String> names = queries.names(figures.keySet());
            figures.forEach((id, figure) -> rows.add(ComparisonRow.institution(id, names.get(id), figure)));
        }
        List<ComparisonRow> ranked = rows.stream().sorted(BY_FIGURE).toList();
        return new Comparison(indicator, start, to, ranked, ranked.size());
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
        return reportingInstitutions(null, text, offset, limit);
    }

    /** Institutions of the area (the user's default when null) that file at least one form, matching {@code text}. */
    @PreAuthorize("isAuthenticated()")
    public List<InstitutionSummary> reportingInstitutions(Long areaId, String text, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = new StringBuilder("""
                SELECT i.id, i.name_zh, i.short_name, i.code, i.type FROM institution i
                WHERE i.active AND i.id IN (SELECT institution_id FROM report_form_institution)""");
        ReadScope scope = scopes.resolve(areaId);
        if (scope.isArea()) {
            sql.append(" AND i.area_id IN (SELECT a.id FROM area a WHERE a.path LIKE :path)");
            params.put("path", LikePatterns.escape(scope.path()) + "%");
        } else if (!scope.isInstallation()) {
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

    /**
     * Writes what the dashboard shows to an Excel workbook, naming the area on every sheet; withheld figures as
     * "&lt;n" for those who may not see them.
     */
    @PreAuthorize("isAuthenticated()")
    public void writeXlsx(DashboardSelection selection, Labels labels, Locale locale, OutputStream out) {
        ReadScope scope = scopes.resolve(selection.areaId());
        Trend trend = trend(selection.areaId(), selection.indicatorId(), selection.from(), selection.to(), selection.granularity(),
                selection.institutionIds());
        Comparison comparison = selection.institutionIds().isEmpty() && scope.hasAreaFigures()
                ? compareChildren(selection.areaId(), selection.indicatorId(), selection.from(), selection.to())
                : compare(selection.areaId(), selection.indicatorId(), selection.from(), selection.to(), selection.institutionIds(), Integer.MAX_VALUE);
        ReportForm form = form(selection.formId());
        List<HeatmapRow> heatmap = heatmaps.heatmap(selection.formId(), selection.areaId(), selection.from(), selection.to(),
                selection.institutionIds(), 0, Integer.MAX_VALUE);
        List<AreaCompletenessRow> areaRows = heatmaps.areaRows(selection.formId(), selection.areaId(), selection.from(), selection.to());
        List<TargetProgress> progress = selection.programId() == null ? List.of() : targets.progress(selection.programId());
        String area = scope.isArea() ? scope.name(locale) : scope.isInstallation() ? labels.get("dashboard.allAreas") : labels.get("dashboard.ownInstitutions");
        new DashboardWorkbook(labels, locale, suppressedBelow(), area).write(out, progress, trend, comparison, form, areaRows, heatmap);
    }

    /** The figures of institutions over [start, to], those with a numerator only; population denominators they have none. */
    private Map<Long, Figure> institutionFigures(Indicator indicator, LocalDate start, LocalDate to, Collection<Long> restriction) {
        Map<Long, Aggregation> aggregation = aggregations();
        List<Long> flows = flows(indicator.elementIdList(), aggregation);
        Map<Long, Map<Long, BigDecimal>> byInstitution = new HashMap<>();
        if (!flows.isEmpty()) {
            queries.flowTotals(flows, start, to, restriction).forEach((id, tallies) -> byInstitution.put(id,
                    new HashMap<>(Tally.values(tallies, aggregation))));
        }
        for (Long stock : stocks(indicator.numeratorElementIds(), aggregation)) {
            queries.latestByInstitution(stock, to, restriction)
                    .forEach((id, value) -> byInstitution.computeIfAbsent(id, k -> new HashMap<>()).put(stock, value));
        }
        boolean populationDenominator = !stocks(indicator.denominatorElementIds(), aggregation).isEmpty();
        boolean suppressing = suppression.appliesToCurrentUser();
        Map<Long, Figure> figures = new HashMap<>();
        byInstitution.forEach((id, values) -> {
            BigDecimal numerator = indicator.numeratorOf(values);
            if (numerator != null) {
                BigDecimal denominator = populationDenominator ? null : indicator.denominatorOf(values);
                figures.put(id, suppression.figure(indicator, numerator, denominator, counts(values, aggregation), suppressing));
            }
        });
        return figures;
    }

    /** Each area's newest figure of each stock element of the year of {@code day}, or of the year before. */
    private java.util.Collection<AreaValue> newestPopulation(List<Long> elementIds, List<Long> areaIds, LocalDate day) {
        Map<List<Long>, AreaValue> newest = new HashMap<>();
        for (AreaValue value : queries.populations(elementIds, areaIds, day.getYear() - IndicatorValues.POPULATION_CARRY_YEARS, day.getYear())) {
            newest.merge(List.of(value.areaId(), value.elementId()), value, (a, b) -> a.year() >= b.year() ? a : b);
        }
        return newest.values();
    }

    /**
     * The area's (or the installation's) values per period: flows from its running totals, stocks from its population
     * figures (as of January 1st of their year), reaching back far enough for the first period's year.
     */
    private List<Value> areaValues(ReadScope scope, List<Long> elements, Map<Long, Aggregation> aggregation, LocalDate start, LocalDate end) {
        List<Long> flows = flows(elements, aggregation);
        List<Long> stocks = stocks(elements, aggregation);
        List<Value> found = new ArrayList<>(scope.isArea() ? queries.area(flows, scope.areaId(), start, end) : queries.installation(flows, start, end));
        if (!stocks.isEmpty()) {
            int fromYear = start.getYear() - IndicatorValues.POPULATION_CARRY_YEARS;
            if (scope.isArea()) {
                queries.populations(stocks, List.of(scope.areaId()), fromYear, end.getYear())
                        .forEach(v -> found.add(new Value(null, v.elementId(), LocalDate.of(v.year(), 1, 1), v.value())));
            } else {
                found.addAll(installationPopulations(stocks, fromYear, end.getYear()));
            }
        }
        return found;
    }

    /** The whole installation's population per year: the sum of the top areas' figures, for years in which every active one has one. */
    private List<Value> installationPopulations(List<Long> stocks, int fromYear, int toYear) {
        List<Long> roots = areas.children(null, true, 0, MAX_CHILDREN).stream().map(AreaSummary::id).toList();
        if (roots.isEmpty()) {
            return List.of();
        }
        Map<List<Object>, List<AreaValue>> byElementAndYear = queries.populations(stocks, roots, fromYear, toYear).stream()
                .collect(Collectors.groupingBy(v -> List.of(v.elementId(), v.year())));
        List<Value> found = new ArrayList<>();
        byElementAndYear.forEach((key, figures) -> {
            if (figures.size() == roots.size()) {
                found.add(new Value(null, (Long) key.get(0), LocalDate.of((Integer) key.get(1), 1, 1),
                        figures.stream().map(AreaValue::value).reduce(BigDecimal.ZERO, BigDecimal::add)));
            }
        });
        return found;
    }

    /** The area whose line an institution's page shows: the one asked for, else the institution's own (if the user reads areas). */
    private ReadScope beside(long institutionId, Long areaId) {
        if (areaId != null || !seesAreas()) {
            return scopes.resolve(areaId);
        }
        Long own = jdbc.sql("SELECT area_id FROM institution WHERE id = :id").param("id", institutionId)
                .query((rs, n) -> rs.getObject(1, Long.class)).list().stream().filter(java.util.Objects::nonNull).findFirst().orElse(null);
        return scopes.resolve(own);
    }

    private TrendSeries series(Indicator indicator, Long institutionId, String name, Frequency step, List<LocalDate> periods,
                               List<Value> values, Map<Long, Aggregation> aggregation, boolean suppressing) {
        return series(indicator, institutionId, null, name, false, step, periods, values, aggregation, suppressing);
    }

    private TrendSeries series(Indicator indicator, Long institutionId, ReadScope area, Frequency step, List<LocalDate> periods,
                               List<Value> values, Map<Long, Aggregation> aggregation, boolean suppressing) {
        return series(indicator, null, area.areaId(), area.isArea() ? area.nameZh() : null, true, step, periods, values, aggregation, suppressing);
    }

    private TrendSeries series(Indicator indicator, Long institutionId, Long areaId, String name, boolean ofArea, Frequency step,
                               List<LocalDate> periods, List<Value> values, Map<Long, Aggregation> aggregation, boolean suppressing) {
        Map<Long, NavigableMap<LocalDate, Tally>> byElement = new HashMap<>();
        values.forEach(v -> byElement.computeIfAbsent(v.elementId(), k -> new TreeMap<>()).merge(v.period(), v.tally(), Tally::plus));
        List<Figure> figures = periods.stream().map(period -> {
            LocalDate end = step.periodEnd(period);
            Map<Long, BigDecimal> named = new HashMap<>(valuesIn(indicator.numeratorElementIds(), byElement, aggregation, ofArea, period, end));
            BigDecimal numerator = indicator.numeratorOf(named);
            BigDecimal denominator = null;
            if (indicator.isRate()) {
                // an institution has no population: a rate over one has no denominator
                List<Long> readable = indicator.denominatorElementIds().stream()
                        .filter(e -> ofArea || aggregation.get(e) != Aggregation.LATEST).toList();
                Map<Long, BigDecimal> denominatorCounts = valuesIn(readable, byElement, aggregation, ofArea, period, end);
                denominator = indicator.denominatorOf(denominatorCounts);
                named.putAll(denominatorCounts);
            }
            return suppression.figure(indicator, numerator, denominator, counts(named, aggregation), suppressing);
        }).toList();
        return new TrendSeries(institutionId, areaId, name, figures);
    }

    /** Each element's value in the period (see {@link #valueIn}), by element id; those without data left out. */
    private static Map<Long, BigDecimal> valuesIn(List<Long> elementIds, Map<Long, NavigableMap<LocalDate, Tally>> byElement,
                                                  Map<Long, Aggregation> aggregation, boolean ofArea, LocalDate start, LocalDate end) {
        Map<Long, BigDecimal> values = new HashMap<>();
        for (Long element : elementIds) {
            BigDecimal value = valueIn(byElement.get(element), aggregation.get(element), ofArea, start, end);
            if (value != null) {
                values.put(element, value);
            }
        }
        return values;
    }

    /**
     * A flow's sum over the periods starting in [start, end] (an AVERAGE element's sum divided by the number of values
     * reported in them), or a stock's newest value by {@code end}: an area's population of the period's year or the
     * year before, an institution's stock within the lookback; null without data.
     */
    private static BigDecimal valueIn(NavigableMap<LocalDate, Tally> values, Aggregation aggregation, boolean ofArea, LocalDate start,
                                      LocalDate end) {
        if (values == null) {
            return null;
        }
        if (aggregation == Aggregation.LATEST) {
            Map.Entry<LocalDate, Tally> newest = values.floorEntry(end);
            if (newest == null) {
                return null;
            }
            boolean recent = ofArea ? newest.getKey().getYear() >= end.getYear() - IndicatorValues.POPULATION_CARRY_YEARS
                    : !newest.getKey().isBefore(start.minusYears(DashboardQueries.LATEST_LOOKBACK_YEARS));
            return recent ? newest.getValue().total() : null;
        }
        Collection<Tally> inRange = values.subMap(start, true, end, true).values();
        return inRange.stream().reduce(Tally::plus).map(t -> t.value(aggregation)).orElse(null);
    }

    /** The chosen institutions, each of which the user must reach; institution staff without a choice get their own. */
    private List<Long> chosenInstitutions(List<Long> institutionIds) {
        List<Long> chosen = institutionIds == null ? List.of() : institutionIds.stream().distinct().toList();
        chosen.forEach(currentUser::requireReach);
        if (chosen.isEmpty() && !seesAreas()) {
            return List.copyOf(currentUser.require().reachableInstitutionIds());
        }
        return chosen;
    }

    private static int rank(Figure figure) {
        return figure.hasValue() ? 0 : figure.suppressed() ? 1 : figure.denominatorMissing() ? 2 : 3;
    }

    private static Frequency frequencyOf(Indicator indicator, List<ReportForm> forms) {
        List<Long> counted = indicator.numeratorElementIds();
        return forms.stream().filter(f -> counted.stream().anyMatch(f::contains)).map(ReportForm::frequency)
                .findFirst().orElse(Frequency.MONTHLY);
    }

    private static List<Value> valuesOf(Indicator indicator, Map<Long, List<Value>> byElement) {
        return indicator.elementIdList().stream().flatMap(e -> byElement.getOrDefault(e, List.of()).stream()).toList();
    }

    /** The elements kept in the running totals: summed and averaged ones. */
    private static List<Long> flows(List<Long> elements, Map<Long, Aggregation> aggregation) {
        return elements.stream().filter(e -> aggregation.get(e) != null && aggregation.get(e).isTotalled()).toList();
    }

    /**
     * The values that are counts, for the small-count rule: all but averages (a yes/no summed counts the yes; an
     * average is no count of people).
     */
    private static List<BigDecimal> counts(Map<Long, BigDecimal> values, Map<Long, Aggregation> aggregation) {
        return values.entrySet().stream().filter(e -> aggregation.get(e.getKey()) != Aggregation.AVERAGE).map(Map.Entry::getValue).toList();
    }

    private static List<Long> stocks(List<Long> elements, Map<Long, Aggregation> aggregation) {
        return elements.stream().filter(e -> aggregation.get(e) == Aggregation.LATEST).toList();
    }

    private List<LocalDate> periods(Frequency step, LocalDate from, LocalDate to) {
        return PeriodRange.of(step, from, to, MAX_PERIODS);
    }

    private static Frequency coarser(Frequency a, Frequency b) {
        return a == null ? b : a.months() >= b.months() ? a : b;
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
