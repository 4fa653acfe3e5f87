package com.programdesk.statistics.reporting.service;

import com.programdesk.security.service.CurrentUser;
import com.programdesk.statistics.catalog.domain.Frequency;
import com.programdesk.statistics.catalog.domain.ReportForm;
import com.programdesk.statistics.catalog.service.PeriodRange;
import com.programdesk.statistics.catalog.service.StatisticsCatalog;
import com.programdesk.statistics.reporting.domain.CellState;
import com.programdesk.statistics.reporting.domain.HeatmapCell;
import com.programdesk.statistics.reporting.domain.HeatmapRow;
import com.programdesk.statistics.reporting.domain.HeatmapSummary;
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
 * submitted, late, returned, missing, not yet due), and the received share per period. The bureau
 * sees every institution filing the form; institution staff see their own.
 */
@Service
@Transactional(readOnly = true)
public class HeatmapService {

    /** The widest range one heatmap shows: ten years of months. */
    public static final int MAX_PERIODS = 120;

    private final HeatmapQueries queries;
    private final StatisticsCatalog catalog;
    private final CurrentUser currentUser;
    private final Clock clock;

    HeatmapService(HeatmapQueries queries, StatisticsCatalog catalog, CurrentUser currentUser, Clock clock) {
        this.queries = queries;
        this.catalog = catalog;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * One page of the completeness heatmap: the institutions that file the form (the chosen ones, or
     * all the user reaches), ordered by code, each with one cell per period of [from, to].
     */
    @PreAuthorize("isAuthenticated()")
    public List<HeatmapRow> heatmap(long formId, LocalDate from, LocalDate to, List<Long> institutionIds, int offset, int limit) {
        ReportForm form = form(formId);
        List<LocalDate> periods = periods(form.frequency(), from, to);
        LocalDate today = LocalDate.now(clock);
        Map<Long, HeatmapRow> rows = new LinkedHashMap<>();
        Map<Long, Map<LocalDate, ReportCellRow>> reports = new HashMap<>();
        for (ReportCellRow row : queries.heatmapPage(formId, periods.getFirst(), periods.getLast(), currentUser.restriction(institutionIds),
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
        return queries.countHeatmapRows(formId, currentUser.restriction(institutionIds));
    }

    /** Per period of [from, to]: institutions expected to file the form, reports received and approved; empty for institution staff. */
    @PreAuthorize("isAuthenticated()")
    public List<HeatmapSummary> heatmapSummary(long formId, LocalDate from, LocalDate to) {
        if (!seesCity()) {
            return List.of();
        }
        ReportForm form = form(formId);
        List<LocalDate> periods = periods(form.frequency(), from, to);
        int expected = queries.countHeatmapRows(formId, null);
        Map<LocalDate, HeatmapQueries.PeriodCounts> counts = queries.periodCounts(formId, periods.getFirst(), periods.getLast()).stream()
                .collect(Collectors.toMap(HeatmapQueries.PeriodCounts::period, Function.identity()));
        LocalDate today = LocalDate.now(clock);
        return periods.stream().map(p -> {
            HeatmapQueries.PeriodCounts c = counts.get(p);
            return new HeatmapSummary(p, expected, c == null ? 0 : c.received(), c == null ? 0 : c.approved(), today.isAfter(form.dueDate(p)));
        }).toList();
    }

    private boolean seesCity() {
        return currentUser.require().seesAllInstitutions();
    }

    private List<LocalDate> periods(Frequency step, LocalDate from, LocalDate to) {
        return PeriodRange.of(step, from, to, MAX_PERIODS);
    }

    private ReportForm form(long formId) {
        return catalog.form(formId).orElseThrow(() -> new AccessDeniedException("No form " + formId));
    }
}
