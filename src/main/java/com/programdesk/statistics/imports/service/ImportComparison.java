package com.programdesk.statistics.imports.service;

import com.programdesk.statistics.catalog.domain.DataElement;
import com.programdesk.statistics.catalog.domain.FormElement;
import com.programdesk.statistics.catalog.domain.OptionCell;
import com.programdesk.statistics.catalog.domain.ReportRules;
import com.programdesk.statistics.catalog.domain.RuleViolation;
import com.programdesk.statistics.imports.domain.ImportProblem;
import com.programdesk.statistics.imports.domain.ImportProblemKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Compares a file's values with the stored ones, report by report (in chunks, so a large import
 * never loads every stored value at once): each value is new, updated or unchanged. The merged
 * report is then checked against its form's rules; what fails is listed as a warning, since a draft
 * may hold it until the institution corrects and submits.
 */
final class ImportComparison {

    private static final int CHUNK = 1_000;

    long reportsNew;
    long reportsChanged;
    long reportsUnchanged;
    long valuesNew;
    long valuesUpdated;
    long valuesUnchanged;

    void compare(JdbcClient jdbc, ImportLookups lookups, ImportCheck check) {
        List<PendingReport> reports = new ArrayList<>(check.reports().values());
        for (int from = 0; from < reports.size(); from += CHUNK) {
            List<PendingReport> chunk = reports.subList(from, Math.min(reports.size(), from + CHUNK));
            Map<Long, Map<Long, Long>> stored = stored(jdbc, chunk);
            for (PendingReport report : chunk) {
                if (report.size() > 0) {
                    compare(report, report.isNew() ? Map.of() : stored.getOrDefault(report.stored.id(), Map.of()), lookups, check);
                }
            }
        }
    }

    private void compare(PendingReport report, Map<Long, Long> stored, ImportLookups lookups, ImportCheck check) {
        totals(report, stored);
        Map<String, Long> merged = new HashMap<>();
        stored.forEach((elementId, value) -> {
            DataElement element = lookups.element(elementId);
            if (element != null) {
                merged.put(element.code(), value);
            }
        });
        for (int i = 0; i < report.size(); i++) {
            Long before = stored.get(report.elementId(i));
            byte state = before == null ? PendingReport.NEW : before == report.value(i) ? PendingReport.UNCHANGED : PendingReport.UPDATED;
            report.state(i, state);
            switch (state) {
                case PendingReport.NEW -> valuesNew++;
                case PendingReport.UPDATED -> valuesUpdated++;
                default -> valuesUnchanged++;
            }
            merged.put(lookups.element(report.elementId(i)).code(), report.value(i));
        }
        if (report.isNew()) {
            reportsNew++;
        } else if (report.changes()) {
            reportsChanged++;
        } else {
            reportsUnchanged++;
        }
        for (RuleViolation violation : ReportRules.check(report.form, merged, Map.of(), false)) {
            if (violation.ruleCode() != null) {
                String column = report.form.element(violation.elementCode()).map(DataElement::nameZh).orElse(violation.elementCode());
                check.problem(new ImportProblem(report.firstRow, column, ImportProblemKind.RULE,
                        violation.messageZh(), violation.messageEn()));
            }
        }
    }

    /**
     * A disaggregated element whose cells the file gives takes their sum (with the stored values of cells the file
     * leaves out), whatever the file says for the element itself: the total is always the sum of its cells.
     */
    private static void totals(PendingReport report, Map<Long, Long> stored) {
        for (FormElement row : report.form.elements()) {
            if (!row.isDisaggregated() || row.cells().stream().allMatch(c -> report.valueOf(c.element().id()) == null)) {
                continue;
            }
            long total = 0;
            int at = Integer.MAX_VALUE;
            for (OptionCell cell : row.cells()) {
                Long value = report.valueOf(cell.element().id());
                if (value != null) {
                    at = Math.min(at, report.rowOf(cell.element().id()));
                } else {
                    value = stored.get(cell.element().id());
                }
                total += value == null ? 0 : value;
            }
            report.put(row.element().id(), total, at);
        }
    }

    private static Map<Long, Map<Long, Long>> stored(JdbcClient jdbc, List<PendingReport> chunk) {
        List<Long> ids = chunk.stream().filter(r -> !r.isNew() && r.size() > 0).map(r -> r.stored.id()).toList();
        Map<Long, Map<Long, Long>> values = new HashMap<>();
        if (ids.isEmpty()) {
            return values;
        }
        jdbc.sql("SELECT stat_report_id, data_element_id, value FROM stat_value WHERE stat_report_id IN (:ids) AND value IS NOT NULL")
                .param("ids", ids)
                .query(rs -> {
                    values.computeIfAbsent(rs.getLong("stat_report_id"), id -> new HashMap<>())
                            .put(rs.getLong("data_element_id"), rs.getLong("value"));
                });
        return values;
    }
}
