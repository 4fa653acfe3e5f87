package com.programdesk.statistics.reporting.ui;

import com.programdesk.statistics.catalog.domain.FormElement;
import com.programdesk.statistics.catalog.domain.OptionCell;
import com.programdesk.statistics.catalog.domain.RuleViolation;
import com.programdesk.statistics.reporting.domain.ReportCell;
import com.programdesk.statistics.reporting.domain.ReportEntry;
import com.programdesk.statistics.reporting.service.ReportService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A report's form as a compact table, one row per data element under its section heading; a disaggregated
 * element's option cells follow as indented rows (one category) or as a small crossed table inside its row (two:
 * rows the first category's options, columns the second's, with row and column sums), and its own value is their
 * sum, computed. It checks
 * the values as they are typed (through the service, nothing saved) and shows every finding at its
 * element's row; once a submission was tried, empty rows and unexplained warnings count as well.
 */
final class EntryGrid extends Div {

    final List<EntryRow> rows = new ArrayList<>();
    /** The crossed tables of the elements split by two categories. */
    final List<CrossedCells> crossed = new ArrayList<>();
    private final transient ReportService reports;
    private final ReportEntry entry;
    private final boolean editable;
    private boolean submitting;

    EntryGrid(ReportService reports, ReportEntry entry, boolean editable) {
        this.reports = reports;
        this.entry = entry;
        this.editable = editable;
        addClassName("entry-table");
        Div head = new Div(new Span(getTranslation("report.column.element")), new Span(getTranslation("report.column.unit")),
                new Span(getTranslation("report.column.previous")), new Span(getTranslation("report.column.value")),
                new Span(getTranslation("report.column.note")));
        head.addClassNames("entry-row", "entry-head");
        add(head);
        String section = null;
        for (FormElement element : entry.form().elements()) {
            String current = element.section(getLocale());
            if (current != null && !current.equals(section)) {
                H3 heading = new H3(current);
                heading.addClassName("entry-section");
                add(heading);
            }
            section = current;
            String code = element.element().code();
            EntryRow row = new EntryRow(element.element(), entry.cells().get(code), entry.previous().get(code), editable, getLocale(),
                    this::revalidate);
            rows.add(row);
            add(row);
            if (element.isDisaggregated() && CrossedCells.fits(element)) {
                CrossedCells table = new CrossedCells(element, entry, editable, getLocale(), this::revalidate);
                rows.addAll(table.cells());
                crossed.add(table);
                add(table);
                row.totalOf(table.cells());
            } else if (element.isDisaggregated()) {
                List<EntryRow> parts = new ArrayList<>();
                for (OptionCell cell : element.cells()) {
                    String cellCode = cell.element().code();
                    EntryRow part = new EntryRow(cell.element(), cell.label(getLocale()), entry.cells().get(cellCode),
                            entry.previous().get(cellCode), editable, getLocale(), this::revalidate);
                    part.addClassName("entry-option");
                    if (part.value != null) {
                        part.value.setAriaLabel(cell.element().name(getLocale()));
                    }
                    parts.add(part);
                    rows.add(part);
                    add(part);
                }
                row.totalOf(parts);
            }
        }
        revalidate();
    }

    /** From the first submission on, the checks are those of submitting: empty rows are named too. */
    void submitting(boolean tried) {
        submitting = tried;
    }

    /** Checks the values as they stand and shows each finding at its row. */
    void revalidate() {
        rows.forEach(EntryRow::refreshTotal);
        crossed.forEach(CrossedCells::refreshSums);
        show(reports.check(entry, readableCells(), submitting));
    }

    /** Shows these violations, and any text that is not a count, at their rows. */
    void show(List<RuleViolation> violations) {
        for (EntryRow row : rows) {
            TypedCount typed = row.typed();
            Set<String> errors = new LinkedHashSet<>();
            Set<String> warnings = new LinkedHashSet<>();
            if (!typed.isReadable()) {
                errors.add(getTranslation(typed.errorKey()));
            }
            for (RuleViolation violation : violations) {
                if (!violation.elementCode().equals(row.code) || (!typed.isReadable() && violation.messageKey() != null)) {
                    continue;
                }
                String text = violation.messageKey() != null ? getTranslation(violation.messageKey()) : violation.catalogMessage(getLocale());
                (violation.isError() ? errors : warnings).add(text);
            }
            row.show(errors, warnings, editable && submitting && !warnings.isEmpty() && !row.hasNote());
        }
    }

    /** The cells whose text reads as a count (or is empty), by element code. */
    Map<String, ReportCell> readableCells() {
        Map<String, ReportCell> cells = new HashMap<>();
        rows.stream().filter(row -> row.typed().isReadable()).forEach(row -> cells.put(row.code, row.cell()));
        return cells;
    }

    long unreadable() {
        return rows.stream().filter(row -> !row.typed().isReadable()).count();
    }

    Optional<EntryRow> find(String code) {
        return rows.stream().filter(r -> r.code.equals(code)).findFirst();
    }

    EntryRow row(String code) {
        return find(code).orElseThrow();
    }
}
