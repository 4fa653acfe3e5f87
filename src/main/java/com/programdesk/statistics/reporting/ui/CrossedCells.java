package com.programdesk.statistics.reporting.ui;

import com.programdesk.statistics.catalog.domain.CategoryOption;
import com.programdesk.statistics.catalog.domain.FormElement;
import com.programdesk.statistics.catalog.domain.OptionCell;
import com.programdesk.statistics.reporting.domain.ReportEntry;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The cells of an element split by two categories (年龄组 × 婚姻状况) as a small table inside its row: a row per
 * option of the first category, a column per option of the second, each cell an {@link EntryRow} in compact form
 * (checked and refused at the cell like any row, what was typed kept), and the sums of each row and column and of
 * all, from the cells that read as counts.
 */
final class CrossedCells extends Div {

    private final List<EntryRow> cells = new ArrayList<>();
    private final Map<String, List<EntryRow>> byRow = new LinkedHashMap<>();
    private final Map<String, List<EntryRow>> byColumn = new LinkedHashMap<>();
    final Map<String, Span> rowSums = new LinkedHashMap<>();
    final Map<String, Span> columnSums = new LinkedHashMap<>();
    final Span total = new Span();

    /** Whether the element's cells cross exactly two categories. */
    static boolean fits(FormElement element) {
        return !element.cells().isEmpty() && element.cells().stream().allMatch(c -> c.options().size() == 2);
    }

    CrossedCells(FormElement element, ReportEntry entry, boolean editable, Locale locale, Runnable changed) {
        addClassName("entry-cross");
        List<CategoryOption> rowOptions = new ArrayList<>();
        List<CategoryOption> columnOptions = new ArrayList<>();
        Map<String, OptionCell> byCombination = new LinkedHashMap<>();
        for (OptionCell cell : element.cells()) {
            CategoryOption first = cell.options().get(0);
            CategoryOption second = cell.options().get(1);
            if (rowOptions.stream().noneMatch(o -> o.code().equals(first.code()))) {
                rowOptions.add(first);
            }
            if (columnOptions.stream().noneMatch(o -> o.code().equals(second.code()))) {
                columnOptions.add(second);
            }
            byCombination.put(first.code() + "." + second.code(), cell);
        }
        getStyle().set("grid-template-columns", "minmax(7rem, auto) repeat(" + columnOptions.size() + ", minmax(6rem, 9rem)) 5rem");
        add(header(""));
        columnOptions.forEach(o -> add(header(o.name(locale))));
        add(header(getTranslation("report.cross.sum")));
        for (CategoryOption rowOption : rowOptions) {
            add(rowLabel(rowOption.name(locale)));
            for (CategoryOption columnOption : columnOptions) {
                OptionCell cell = byCombination.get(rowOption.code() + "." + columnOption.code());
                if (cell == null) {
                    add(new Span("—"));
                    continue;
                }
                String code = cell.element().code();
                EntryRow part = new EntryRow(cell.element(), cell.label(locale), entry.cells().get(code), entry.previous().get(code),
                        editable, locale, changed, true);
                if (part.value != null) {
                    part.value.setAriaLabel(cell.element().name(locale));
                }
                cells.add(part);
                byRow.computeIfAbsent(rowOption.code(), k -> new ArrayList<>()).add(part);
                byColumn.computeIfAbsent(columnOption.code(), k -> new ArrayList<>()).add(part);
                add(part);
            }
            Span sum = sum();
            rowSums.put(rowOption.code(), sum);
            add(sum);
        }
        add(rowLabel(getTranslation("report.cross.sum")));
        for (CategoryOption columnOption : columnOptions) {
            Span sum = sum();
            columnSums.put(columnOption.code(), sum);
            add(sum);
        }
        total.addClassNames("entry-number", "entry-cross-sum", "entry-cross-total");
        add(total);
        refreshSums();
    }

    List<EntryRow> cells() {
        return cells;
    }

    /** The row and column sums as the cells stand; "—" while none of them holds a count. */
    void refreshSums() {
        byRow.forEach((option, parts) -> rowSums.get(option).setText(text(parts)));
        byColumn.forEach((option, parts) -> columnSums.get(option).setText(text(parts)));
        total.setText(text(cells));
    }

    private static String text(List<EntryRow> parts) {
        Long sum = null;
        for (EntryRow part : parts) {
            TypedCount typed = part.typed();
            if (typed.isReadable() && typed.value() != null) {
                sum = (sum == null ? 0 : sum) + typed.value();
            }
        }
        return sum == null ? "—" : String.valueOf(sum);
    }

    private static Component header(String text) {
        Span header = new Span(text);
        header.addClassName("entry-cross-head");
        return header;
    }

    private static Component rowLabel(String text) {
        Span label = new Span(text);
        label.addClassName("entry-cross-label");
        return label;
    }

    private static Span sum() {
        Span sum = new Span();
        sum.addClassNames("entry-number", "entry-cross-sum");
        return sum;
    }
}
