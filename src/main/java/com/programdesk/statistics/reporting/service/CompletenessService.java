package com.programdesk.statistics.reporting.service;

import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.base.service.LikePatterns;
import com.programdesk.security.domain.Roles;
import com.programdesk.statistics.catalog.domain.Frequency;
import com.programdesk.statistics.catalog.domain.ReportForm;
import com.programdesk.statistics.catalog.service.StatisticsCatalog;
import com.programdesk.statistics.reporting.domain.CompletenessCell;
import com.programdesk.statistics.reporting.domain.CompletenessTally;
import com.programdesk.statistics.reporting.domain.InstitutionCompleteness;
import com.programdesk.statistics.reporting.domain.OutstandingReport;
import com.programdesk.statistics.reporting.domain.PeriodCompleteness;
import com.programdesk.statistics.reporting.domain.ReadScope;
import com.programdesk.statistics.reporting.domain.ReportStatus;
import com.programdesk.statistics.reporting.domain.Timeliness;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completeness and timeliness of reporting (报送率, 及时率) per form and period: the institutions a form
 * is assigned to are expected to file it; a report counts as received once submitted or approved, and
 * on time when first submitted by the end of the due day. A report not received is "pending" until
 * its due day has passed and "missing" after. Each figure is one query over the form's range of periods; the
 * counts per period come from stat_completeness, kept by the report workflow.
 */
@Service
@Transactional(readOnly = true)
public class CompletenessService {

    static final String READERS = "hasAnyRole('" + Roles.ADMIN + "','" + Roles.COORDINATOR + "','" + Roles.VIEWER + "')";
    /** The widest range one view shows: three years of months. */
    public static final int MAX_PERIODS = 36;
    /** A report counts as received once submitted or approved at any level. */
    public static final String RECEIVED = "r.status IN ('SUBMITTED', 'LEVEL_APPROVED', 'APPROVED')";

    private final JdbcClient jdbc;
    private final StatisticsCatalog catalog;
    private final AreaScopes scopes;
    private final Clock clock;

    CompletenessService(JdbcClient jdbc, StatisticsCatalog catalog, AreaScopes scopes, Clock clock) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.scopes = scopes;
        this.clock = clock;
    }

    /**
     * Every period of the range, oldest first, with all assigned institutions together: of the whole installation
     * for users bound to no area, of their own area (and below) for the others.
     */
    @PreAuthorize(READERS)
    public List<PeriodCompleteness> byPeriod(long formId, LocalDate from, LocalDate to) {
        FormTiming form = timing(formId);
        List<LocalDate> periods = periods(form.frequency(), from, to);
        LocalDate today = LocalDate.now(clock);
        ReadScope scope = scopes.resolve(null);
        Map<String, Object> area = scope.isArea() ? Map.of("area", scope.areaId(), "path", LikePatterns.escape(scope.path()) + "%") : Map.of();
        int expected = jdbc.sql("SELECT COUNT(*) FROM report_form_institution fi WHERE fi.report_form_id = :form" + inArea(scope, "fi.institution_id"))
                .param("form", formId).params(area).query(Integer.class).single();
        Map<LocalDate, int[]> counted = new HashMap<>();
        jdbc.sql((scope.isArea() ? """
                SELECT period_start, submitted + level_approved + approved AS received, on_time FROM stat_area_completeness
                WHERE report_form_id = :form AND area_id = :area AND period_start BETWEEN :from AND :to""" : """
                SELECT period_start, submitted + level_approved + approved AS received, on_time FROM stat_completeness
                WHERE report_form_id = :form AND period_start BETWEEN :from AND :to"""))
                .param("form", formId).param("from", periods.getFirst()).param("to", periods.getLast()).params(area)
                .query(rs -> {
                    counted.put(rs.getObject("period_start", LocalDate.class), new int[] {rs.getInt("received"), rs.getInt("on_time")});
                });
        // The running counts include reports of institutions no longer assigned to the form; those do not count
        // (nor are they expected). Few institutions, each read by the unique key (form, institution, period).
        jdbc.sql("""
                SELECT r.period_start, SUM(%s) AS received,
                       SUM(%s AND r.first_submitted_at < DATE_ADD(DATE_ADD(r.period_start, INTERVAL :months MONTH), INTERVAL :dueDay DAY)) AS on_time
                FROM institution i
                STRAIGHT_JOIN stat_report r ON r.report_form_id = :form AND r.institution_id = i.id AND r.period_start BETWEEN :from AND :to
                WHERE NOT EXISTS (SELECT 1 FROM report_form_institution a WHERE a.report_form_id = :form AND a.institution_id = i.id)%s
                GROUP BY r.period_start""".formatted(RECEIVED, RECEIVED, inArea(scope, "i.id")))
                .param("months", form.frequency().months()).param("dueDay", form.dueDay()).param("form", formId)
                .param("from", periods.getFirst()).param("to", periods.getLast()).params(area)
                .query(rs -> {
                    int[] found = counted.computeIfAbsent(rs.getObject("period_start", LocalDate.class), p -> new int[2]);
                    found[0] -= rs.getInt("received");
                    found[1] -= rs.getInt("on_time");
                });
        return periods.stream().map(period -> {
            LocalDate due = form.dueDate(period);
            int[] found = counted.getOrDefault(period, new int[2]);
            int outstanding = expected - found[0];
            boolean duePassed = today.isAfter(due);
            return new PeriodCompleteness(period, due, new CompletenessTally(expected, found[0], found[1], found[0] - found[1],
                    duePassed ? outstanding : 0, duePassed ? 0 : outstanding));
        }).toList();
    }

    /** A page of the assigned institutions (by code) of the user's area, each with its cell for every period of the range. */
    @PreAuthorize(READERS)
    public List<InstitutionCompleteness> byInstitution(long formId, LocalDate from, LocalDate to, int offset, int limit) {
        FormTiming form = timing(formId);
        List<LocalDate> periods = periods(form.frequency(), from, to);
        LocalDate today = LocalDate.now(clock);
        ReadScope scope = scopes.resolve(null);
        Map<Long, String> names = new LinkedHashMap<>();
        Map<Long, Map<LocalDate, Row>> reports = new HashMap<>();
        jdbc.sql("""
                SELECT a.institution_id, i.name_zh, r.id, r.period_start, r.status, r.first_submitted_at
                FROM (SELECT fi.institution_id, ii.code FROM report_form_institution fi JOIN institution ii ON ii.id = fi.institution_id
                      WHERE fi.report_form_id = :form%s ORDER BY ii.code, ii.id LIMIT :limit OFFSET :offset) a""".formatted(inArea(scope, "fi.institution_id")) + """

                JOIN institution i ON i.id = a.institution_id
                LEFT JOIN stat_report r ON r.report_form_id = :form AND r.institution_id = a.institution_id
                                       AND r.period_start BETWEEN :from AND :to
                ORDER BY a.code, a.institution_id""")
                .param("form", formId).param("limit", limit).param("offset", offset)
                .param("from", periods.getFirst()).param("to", periods.getLast())
                .params(scope.isArea() ? Map.of("path", LikePatterns.escape(scope.path()) + "%") : Map.of())
                .query(rs -> {
                    long institution = rs.getLong("institution_id");
                    names.put(institution, rs.getString("name_zh"));
                    Long reportId = rs.getObject("id", Long.class);
                    if (reportId != null) {
                        reports.computeIfAbsent(institution, k -> new HashMap<>()).put(rs.getObject("period_start", LocalDate.class),
                                new Row(reportId, ReportStatus.valueOf(rs.getString("status")),
                                        rs.getObject("first_submitted_at", LocalDateTime.class)));
                    }
                });
        List<InstitutionCompleteness> result = new ArrayList<>();
        names.forEach((institution, name) -> {
            Map<LocalDate, Row> filed = reports.getOrDefault(institution, Map.of());
            List<CompletenessCell> cells = new ArrayList<>();
            CompletenessTally tally = CompletenessTally.NONE;
            for (LocalDate period : periods) {
                Row row = filed.get(period);
                Timeliness timeliness = Timeliness.of(row != null && row.status().isReceived(), row == null ? null : row.firstSubmittedAt(),
                        form.dueDate(period), today);
                cells.add(new CompletenessCell(period, row == null ? null : row.id(), row == null ? null : row.status(), timeliness));
                tally = tally.plus(CompletenessTally.of(timeliness));
            }
            result.add(new InstitutionCompleteness(institution, name, cells, tally));
        });
        return result;
    }

    @PreAuthorize(READERS)
    public int countInstitutions(long formId) {
        ReadScope scope = scopes.resolve(null);
        return jdbc.sql("SELECT COUNT(*) FROM report_form_institution fi WHERE fi.report_form_id = :form" + inArea(scope, "fi.institution_id"))
                .param("form", formId).params(scope.isArea() ? Map.of("path", LikePatterns.escape(scope.path()) + "%") : Map.of())
                .query(Integer.class).single();
    }

    /** Limits an institution column to the institutions of the scope's area (parameter {@code path}); nothing for the whole installation. */
    private static String inArea(ReadScope scope, String column) {
        return scope.isArea() ? " AND " + column + " IN (SELECT ai.id FROM institution ai JOIN area aa ON aa.id = ai.area_id WHERE aa.path LIKE :path)" : "";
    }

    /**
     * Reports of active forms that assigned institutions have not submitted, for periods due between
     * the two days: the reminder job's "due soon" and "overdue" notices. One query per form and period.
     */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public List<OutstandingReport> outstanding(LocalDate dueFrom, LocalDate dueTo, int limit) {
        List<OutstandingReport> result = new ArrayList<>();
        for (ReportForm form : catalog.forms()) {
            for (LocalDate period : periodsDueBetween(form, dueFrom, dueTo)) {
                LocalDate due = form.dueDate(period);
                jdbc.sql("""
                        SELECT a.institution_id, r.id FROM report_form_institution a
                        LEFT JOIN stat_report r ON r.report_form_id = a.report_form_id AND r.institution_id = a.institution_id
                                               AND r.period_start = :period
                        WHERE a.report_form_id = :form AND (r.id IS NULL OR NOT %s)
                        ORDER BY a.institution_id LIMIT :limit""".formatted(RECEIVED))
                        .param("period", period).param("form", form.id()).param("limit", limit)
                        .query(rs -> {
                            result.add(new OutstandingReport(form.id(), form.nameZh(), form.frequency(), rs.getLong("institution_id"),
                                    period, due, rs.getObject("id", Long.class)));
                        });
            }
        }
        return result;
    }

    /** The periods of a range, oldest first; refused when the range is reversed or too wide to show. */
    static List<LocalDate> periods(Frequency frequency, LocalDate from, LocalDate to) {
        LocalDate first = frequency.periodStartOf(from);
        LocalDate last = frequency.periodStartOf(to);
        if (last.isBefore(first)) {
            throw new InvalidFieldException("to", "completeness.error.range");
        }
        List<LocalDate> periods = new ArrayList<>();
        for (LocalDate period = first; !period.isAfter(last); period = frequency.next(period)) {
            if (periods.size() == MAX_PERIODS) {
                throw new InvalidFieldException("from", "completeness.error.tooLong");
            }
            periods.add(period);
        }
        return periods;
    }

    private static List<LocalDate> periodsDueBetween(ReportForm form, LocalDate dueFrom, LocalDate dueTo) {
        List<LocalDate> periods = new ArrayList<>();
        LocalDate period = form.frequency().periodStartOf(dueFrom.minusMonths(form.frequency().months() + 1L));
        for (; !form.dueDate(period).isAfter(dueTo); period = form.frequency().next(period)) {
            if (!form.dueDate(period).isBefore(dueFrom)) {
                periods.add(period);
            }
        }
        return periods;
    }

    /** Also forms no longer filed: their history still counts. */
    private FormTiming timing(long formId) {
        return jdbc.sql("SELECT frequency, due_day FROM report_form WHERE id = :id").param("id", formId)
                .query((rs, n) -> new FormTiming(Frequency.valueOf(rs.getString("frequency")), rs.getInt("due_day")))
                .optional().orElseThrow(() -> new AccessDeniedException("No form " + formId));
    }

    private record FormTiming(Frequency frequency, int dueDay) {

        LocalDate dueDate(LocalDate period) {
            return frequency.dueDate(period, dueDay);
        }
    }

    private record Row(long id, ReportStatus status, LocalDateTime firstSubmittedAt) {
    }
}
