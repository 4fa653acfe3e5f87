package com.programdesk.statistics.reporting.service;

import com.programdesk.base.jdbc.MultiRowInsert;
import com.programdesk.statistics.catalog.domain.DataElement;
import com.programdesk.statistics.catalog.domain.ReportForm;
import com.programdesk.statistics.reporting.domain.ReportCell;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and writes a report's values (stat_value), keyed by element code; callers hold the report's version. */
@Component
class ReportValues {

    private final JdbcClient jdbc;

    ReportValues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, ReportCell> of(long reportId) {
        Map<String, ReportCell> cells = new HashMap<>();
        jdbc.sql("""
                SELECT e.code, v.value, v.note FROM stat_value v JOIN data_element e ON e.id = v.data_element_id
                WHERE v.stat_report_id = :report""").param("report", reportId)
                .query(rs -> {
                    cells.put(rs.getString("code"), new ReportCell(rs.getObject("value", Long.class), rs.getString("note")));
                });
        return cells;
    }

    /** The values an institution reported for a form's previous period, whatever that report's state. */
    Map<String, Long> previous(ReportForm form, long institutionId, LocalDate periodStart) {
        Map<String, Long> values = new HashMap<>();
        jdbc.sql("""
                SELECT e.code, v.value FROM stat_report r JOIN stat_value v ON v.stat_report_id = r.id
                JOIN data_element e ON e.id = v.data_element_id
                WHERE r.report_form_id = :form AND r.institution_id = :institution AND r.period_start = :period AND v.value IS NOT NULL""")
                .param("form", form.id()).param("institution", institutionId)
                .param("period", form.frequency().previous(periodStart))
                .query(rs -> {
                    values.put(rs.getString("code"), rs.getLong("value"));
                });
        return values;
    }

    /**
     * Replaces the report's values with the form's cells (a disaggregated row's option cells and its total
     * together); codes outside the form are ignored. Only
     * rows that exist are deleted, by their key, and the new ones go in with one insert: a delete
     * over a report without rows yet locks the gap after the newest report, and two institutions
     * filing new reports at once then deadlocked on each other's inserts (found by the load test).
     */
    void replace(long reportId, ReportForm form, Map<String, ReportCell> cells) {
        List<Long> stored = jdbc.sql("SELECT data_element_id FROM stat_value WHERE stat_report_id = :report")
                .param("report", reportId).query(Long.class).list();
        if (!stored.isEmpty()) {
            jdbc.sql("DELETE FROM stat_value WHERE stat_report_id = :report AND data_element_id IN (:elements)")
                    .param("report", reportId).param("elements", stored).update();
        }
        List<Object> params = new ArrayList<>();
        form.elements().forEach(row -> {
            List<DataElement> elements = new ArrayList<>();
            elements.add(row.element());
            row.cells().forEach(cell -> elements.add(cell.element()));
            for (DataElement element : elements) {
                ReportCell cell = cells.get(element.code());
                if (cell != null && (cell.value() != null || cell.note() != null)) {
                    params.addAll(Arrays.asList(reportId, element.id(), cell.value(), cell.note()));
                }
            }
        });
        if (!params.isEmpty()) {
            jdbc.sql("INSERT INTO stat_value (stat_report_id, data_element_id, value, note) VALUES "
                    + MultiRowInsert.values(params.size() / 4, 4)).params(params).update();
        }
    }
}
