package com.programdesk.statistics.reporting.service;

import com.programdesk.statistics.reporting.domain.ReportStatus;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The heatmap's reads: the form's assignments and the state of their reports (docs/statistics-design.md). */
@Component
class HeatmapQueries {

    /** Up to this many institutions a heatmap looks their reports up one by one; a bigger page reads the form's range. */
    static final int LOOKUP_PAGE = 500;
    private static final List<Long> NONE = List.of(-1L);

    private final JdbcClient jdbc;

    HeatmapQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record ReportCellRow(long institutionId, String name, LocalDate period, ReportStatus status, LocalDateTime firstSubmittedAt) {
    }

    record PeriodCounts(LocalDate period, int received, int approved) {
    }

    /**
     * One page of the institutions that file a form, with their reports in [from, to]: the page
     * from the form's assignments (ordered by code), the reports by the unique key (form, institution, period).
     * A page of more than {@link #LOOKUP_PAGE} of all institutions (the export) reads the form's reports in one
     * range instead, see {@link #heatmapByFormRange}.
     */
    List<ReportCellRow> heatmapPage(long formId, LocalDate from, LocalDate to, Collection<Long> institutionIds, int offset, int limit) {
        if (limit > LOOKUP_PAGE && (institutionIds == null || institutionIds.size() > LOOKUP_PAGE)) {
            return heatmapByFormRange(formId, from, to, institutionIds, offset, limit);
        }
        String restriction = institutionIds == null ? "" : " AND fi.institution_id IN (:institutions)";
        var spec = jdbc.sql("""
                SELECT a.institution_id, a.name_zh, r.period_start, r.status, r.first_submitted_at
                FROM (SELECT fi.institution_id, i.name_zh, i.code FROM report_form_institution fi
                      JOIN institution i ON i.id = fi.institution_id
                      WHERE fi.report_form_id = :form""" + restriction + """
                       ORDER BY i.code, i.id LIMIT :limit OFFSET :offset) a
                LEFT JOIN stat_report r ON r.report_form_id = :form AND r.institution_id = a.institution_id
                     AND r.period_start BETWEEN :from AND :to
                ORDER BY a.code, a.institution_id, r.period_start""")
                .param("form", formId).param("from", from).param("to", to).param("limit", limit).param("offset", offset);
        if (institutionIds != null) {
            spec = spec.param("institutions", orNone(institutionIds));
        }
        return spec.query((rs, n) -> {
            String status = rs.getString(4);
            return new ReportCellRow(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                    status == null ? null : ReportStatus.valueOf(status), rs.getObject(5, LocalDateTime.class));
        }).list();
    }

    /**
     * The heatmap of many institutions (all, or those of a large area): the page of assignments, then every report of
     * the form in [from, to] from the covering ix_stat_report_form_period (index only), matched here. Looking each institution's reports up by
     * the unique key needs a row read per report for its state: for a province's 2,900 institutions × 12 months
     * that took 268 ms, this takes 30 ms (docs/statistics-design.md).
     */
    private List<ReportCellRow> heatmapByFormRange(long formId, LocalDate from, LocalDate to, Collection<Long> institutionIds, int offset,
                                                   int limit) {
        Map<Long, String> names = new LinkedHashMap<>();
        var assignments = jdbc.sql("""
                SELECT fi.institution_id, i.name_zh FROM report_form_institution fi JOIN institution i ON i.id = fi.institution_id
                WHERE fi.report_form_id = :form""" + (institutionIds == null ? "" : " AND fi.institution_id IN (:institutions)")
                + " ORDER BY i.code, i.id LIMIT :limit OFFSET :offset")
                .param("form", formId).param("limit", limit).param("offset", offset);
        if (institutionIds != null) {
            assignments = assignments.param("institutions", institutionIds);
        }
        assignments.query((ResultSet rs) -> {
            names.put(rs.getLong(1), rs.getString(2));
        });
        Map<Long, List<ReportCellRow>> reports = new HashMap<>();
        jdbc.sql("""
                SELECT institution_id, period_start, status, first_submitted_at FROM stat_report
                WHERE report_form_id = :form AND period_start BETWEEN :from AND :to""")
                .param("form", formId).param("from", from).param("to", to)
                .query((ResultSet rs) -> {
                    long institution = rs.getLong(1);
                    String name = names.get(institution);
                    if (name != null) {
                        reports.computeIfAbsent(institution, k -> new ArrayList<>()).add(new ReportCellRow(institution, name,
                                rs.getObject(2, LocalDate.class), ReportStatus.valueOf(rs.getString(3)), rs.getObject(4, LocalDateTime.class)));
                    }
                });
        List<ReportCellRow> rows = new ArrayList<>();
        names.forEach((institution, name) -> {
            List<ReportCellRow> own = reports.get(institution);
            if (own == null) {
                rows.add(new ReportCellRow(institution, name, null, null, null));
            } else {
                own.sort(Comparator.comparing(ReportCellRow::period));
                rows.addAll(own);
            }
        });
        return rows;
    }

    int countHeatmapRows(long formId, Collection<Long> institutionIds) {
        String restriction = institutionIds == null ? "" : " AND institution_id IN (:institutions)";
        var spec = jdbc.sql("SELECT COUNT(*) FROM report_form_institution WHERE report_form_id = :form" + restriction).param("form", formId);
        if (institutionIds != null) {
            spec = spec.param("institutions", orNone(institutionIds));
        }
        return spec.query(Integer.class).single();
    }

    /** Received and approved reports per period over all institutions (the running counts of stat_completeness). */
    List<PeriodCounts> periodCounts(long formId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT period_start, submitted + level_approved + approved, approved FROM stat_completeness
                WHERE report_form_id = :form AND period_start BETWEEN :from AND :to""")
                .param("form", formId).param("from", from).param("to", to)
                .query((rs, n) -> new PeriodCounts(rs.getObject(1, LocalDate.class), rs.getInt(2), rs.getInt(3))).list();
    }

    /** The same per area, for some areas at once (stat_area_completeness primary key ranges), by area. */
    Map<Long, List<PeriodCounts>> areaPeriodCounts(long formId, Collection<Long> areaIds, LocalDate from, LocalDate to) {
        Map<Long, List<PeriodCounts>> counts = new HashMap<>();
        jdbc.sql("""
                SELECT area_id, period_start, submitted + level_approved + approved, approved FROM stat_area_completeness
                WHERE report_form_id = :form AND area_id IN (:areas) AND period_start BETWEEN :from AND :to""")
                .param("form", formId).param("areas", orNone(areaIds)).param("from", from).param("to", to)
                .query((ResultSet rs) -> {
                    counts.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new PeriodCounts(rs.getObject(2, LocalDate.class), rs.getInt(3), rs.getInt(4)));
                });
        return counts;
    }

    /**
     * How many institutions below each of the given areas file the form, by area: the assignments of the
     * institutions below {@code parentPath} (all placed institutions when null), each counted for the given area
     * whose path its area's path starts with.
     */
    Map<Long, Integer> expectedBelow(long formId, String parentPath, Map<Long, String> pathsByArea) {
        Map<Long, Integer> expected = new HashMap<>();
        var spec = jdbc.sql("""
                SELECT a.path, COUNT(*) FROM report_form_institution fi JOIN institution i ON i.id = fi.institution_id
                JOIN area a ON a.id = i.area_id WHERE fi.report_form_id = :form""" + (parentPath == null ? "" : " AND a.path LIKE :path")
                + " GROUP BY a.path").param("form", formId);
        if (parentPath != null) {
            spec = spec.param("path", com.programdesk.base.service.LikePatterns.escape(parentPath) + "%");
        }
        spec.query((ResultSet rs) -> {
            String path = rs.getString(1);
            pathsByArea.forEach((area, areaPath) -> {
                if (path.startsWith(areaPath)) {
                    expected.merge(area, unchecked(rs), Integer::sum);
                }
            });
        });
        return expected;
    }

    private static int unchecked(ResultSet rs) {
        try {
            return rs.getInt(2);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Collection<Long> orNone(Collection<Long> ids) {
        return ids == null || ids.isEmpty() ? NONE : ids;
    }
}
