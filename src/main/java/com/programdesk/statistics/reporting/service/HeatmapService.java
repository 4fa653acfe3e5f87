package com.programdesk.statistics.reporting.service;

import com.programdesk.area.domain.AreaSummary;
import com.programdesk.area.service.AreaService;
import com.programdesk.statistics.catalog.domain.Frequency;
import com.programdesk.statistics.catalog.domain.ReportForm;
import com.programdesk.statistics.catalog.service.PeriodRange;
import com.programdesk.statistics.catalog.service.StatisticsCatalog;
import com.programdesk.statistics.reporting.domain.AreaCompletenessRow;
import com.programdesk.statistics.reporting.domain.CellState;
import com.programdesk.statistics.reporting.domain.HeatmapCell;
import com.programdesk.statistics.reporting.domain.HeatmapRow;
import com.programdesk.statistics.reporting.domain.HeatmapSummary;
import com.programdesk.statistics.reporting.domain.ReadScope;
import com.programdesk.statistics.reporting.service.HeatmapQueries.PeriodCounts;
import com.programdesk.statistics.reporting.service.HeatmapQueries.ReportCellRow;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The completeness heatmap: institution × period, each cell the state of that report (approved,
 * submitted, late, returned, missing, not yet due), and the received share per period, for an area
 * (the user's own when none is given, the whole installation for users bound to none), plus one row
 * per area below it. Institution staff see their own institutions only.
 */
@Service
@Transactional(readOnly = true)
public class HeatmapService {

    /** The widest range one heatmap shows: ten years of months. */
    public static final int MAX_PERIODS = 120;
    /** Children of one area in the area rows: more than any level of the tree has. */
    static final int MAX_CHILDREN = 2000;

    private final HeatmapQueries queries;
    private final StatisticsCatalog catalog;
    private final AreaScopes scopes;
    private final AreaService areas;
    private final Clock clock;

    HeatmapService(HeatmapQueries queries, StatisticsCatalog catalog, AreaScopes scopes, AreaService areas, Clock clock) {
        this.queries = queries;
        this.catalog = catalog;
        this.scopes = scopes;
        this.areas = areas;
        this.clock = clock;
    }

    /** One page of the heatmap of the user's default area (see {@link #heatmap(long, Long, LocalDate, LocalDate, List, int, int)}). */
    @PreAuthorize("isAuthenticated()")
    public List<HeatmapRow> heatmap(long formId, LocalDate from, LocalDate to, List<Long> institutionIds, int offset, int limit) {
        return heatmap(formId, null, from, to, institutionIds, offset, limit);
    }

    /**
     * One page of the completeness heatmap: the institutions that file the form (the chosen ones, or all of the
     * area), ordered by code, each with one cell per period of [from, to].
     */
    @PreAuthorize("isAuthenticated()")
    public List<HeatmapRow> heatmap(long formId, Long areaId, LocalDate from, LocalDate to, List<Long> institutionIds, int offset, int limit) {
        ReportForm form = form(formId);
        List<LocalDate> periods = periods(form.frequency(), from, to);
        ReadScope scope = scopes.resolve(areaId);
        LocalDate today = LocalDate.now(clock);
        Map<Long, HeatmapRow> rows = new LinkedHashMap<>();
        Map<Long, Map<LocalDate, ReportCellRow>> reports = new HashMap<>();
        for (ReportCellRow row : queries.heatmapPage(formId, periods.getFirst(), periods.getLast(), scopes.restriction(scope, institutionIds),
                offset, limit)) {
            rows.putIfAbsent(row.institutionId(), new HeatmapRow(row.institutionId(), row.name(), List.of()));
            if (row.period() != null) {
                reports.computeIfAbsent(row.institutionId(), k -> new HashMap<>()).put(row.period(), row);
            }
        }
        return rows.values().stream().map(row -> new HeatmapRow(row.institutionId(), row.name(), periods.stream().map(period -> {
            ReportCellRow report = reports.getOrDefault(row.institutionId(), Map.of()).get(period);
            LocalDate due = form.dueDate(period);
            boolean late = report != null && report.firstSubmittedAt() != null && report.firstSubmittedAt().toLocalDate().isAfter(due);
            CellState state = CellState.of(report == null ? null : report.status(), late, today.isAfter(due));
            return new HeatmapCell(period, state, report == null ? null : report.status(), due,
                    report == null ? null : report.firstSubmittedAt());
        }).toList())).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public int countHeatmapRows(long formId, List<Long> institutionIds) {
        return countHeatmapRows(formId, null, institutionIds);
    }

    @PreAuthorize("isAuthenticated()")
    public int countHeatmapRows(long formId, Long areaId, List<Long> institutionIds) {
        return queries.countHeatmapRows(formId, scopes.restriction(scopes.resolve(areaId), institutionIds));
    }

    @PreAuthorize("isAuthenticated()")
    public List<HeatmapSummary> heatmapSummary(long formId, LocalDate from, LocalDate to) {
        return heatmapSummary(formId, null, from, to);
    }

    /**
     * Per period of [from, to]: the area's institutions expected to file the form, reports received and approved
     * (the running counts of the area); empty for institution staff.
     */
    @PreAuthorize("isAuthenticated()")
    public List<HeatmapSummary> heatmapSummary(long formId, Long areaId, LocalDate from, LocalDate to) {
        ReadScope scope = scopes.resolve(areaId);
        if (!scope.hasAreaFigures()) {
            return List.of();
        }
        ReportForm form = form(formId);
        List<LocalDate> periods = periods(form.frequency(), from, to);
        List<PeriodCounts> found;
        int expected;
        if (scope.isInstallation()) {
            expected = queries.countHeatmapRows(formId, null);
            found = queries.periodCounts(formId, periods.getFirst(), periods.getLast());
        } else {
            expected = queries.expectedBelow(formId, scope.path(), Map.of(scope.areaId(), scope.path())).getOrDefault(scope.areaId(), 0);
            found = queries.areaPeriodCounts(formId, List.of(scope.areaId()), periods.getFirst(), periods.getLast())
                    .getOrDefault(scope.areaId(), List.of());
        }
        return cells(form, periods, expected, found);
    }

    /**
     * One row per area right below the area (the provinces for the whole installation), active ones in code order, that
     * has institutions filing the form: per period, how many of the institutions below it are expected to file the form
     * and how many reports are received and approved. Empty below the townships and for institution staff.
     */
    @PreAuthorize("isAuthenticated()")
    public List<AreaCompletenessRow> areaRows(long formId, Long areaId, LocalDate from, LocalDate to) {
        ReadScope scope = scopes.resolve(areaId);
        if (!scope.hasAreaFigures()) {
            return List.of();
        }
        ReportForm form = form(formId);
        List<LocalDate> periods = periods(form.frequency(), from, to);
        List<AreaSummary> children = areas.children(scope.areaId(), true, 0, MAX_CHILDREN);
        if (children.isEmpty()) {
            return List.of();
        }
        Map<Long, String> paths = children.stream().collect(Collectors.toMap(AreaSummary::id, AreaSummary::path, (a, b) -> a, LinkedHashMap::new));
        Map<Long, Integer> expected = queries.expectedBelow(formId, scope.path(), paths);
        Map<Long, List<PeriodCounts>> counts = queries.areaPeriodCounts(formId, paths.keySet(), periods.getFirst(), periods.getLast());
        // an area where no institution files the form has nothing to report, and is left out rather than shown as missing
        return children.stream().filter(child -> expected.getOrDefault(child.id(), 0) > 0)
                .map(child -> new AreaCompletenessRow(child.id(), child.nameZh(), child.nameEn(),
                expected.getOrDefault(child.id(), 0), cells(form, periods, expected.getOrDefault(child.id(), 0),
                        counts.getOrDefault(child.id(), List.of())))).toList();
    }

    private List<HeatmapSummary> cells(ReportForm form, List<LocalDate> periods, int expected, List<PeriodCounts> found) {
        Map<LocalDate, PeriodCounts> byPeriod = found.stream().collect(Collectors.toMap(PeriodCounts::period, Function.identity()));
        LocalDate today = LocalDate.now(clock);
        return periods.stream().map(p -> {
            PeriodCounts c = byPeriod.get(p);
            return new HeatmapSummary(p, expected, c == null ? 0 : c.received(), c == null ? 0 : c.approved(), today.isAfter(form.dueDate(p)));
        }).toList();
    }

    private List<LocalDate> periods(Frequency step, LocalDate from, LocalDate to) {
        return PeriodRange.of(step, from, to, MAX_PERIODS);
    }

    private ReportForm form(long formId) {
        return catalog.form(formId).orElseThrow(() -> new AccessDeniedException("No form " + formId));
    }
}
