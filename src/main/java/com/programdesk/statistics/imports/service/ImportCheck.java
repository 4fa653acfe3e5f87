package com.programdesk.statistics.imports.service;

import com.programdesk.base.documents.TableRow;
import com.programdesk.statistics.catalog.domain.DataElement;
import com.programdesk.statistics.catalog.domain.Frequency;
import com.programdesk.statistics.catalog.domain.ReportForm;
import com.programdesk.statistics.catalog.domain.TypedValue;
import com.programdesk.statistics.catalog.domain.ValueType;
import com.programdesk.statistics.imports.domain.ImportProblem;
import com.programdesk.statistics.imports.domain.ImportProblemKind;
import com.programdesk.statistics.imports.domain.ImportShape;
import com.programdesk.statistics.reporting.domain.ReportCell;
import com.programdesk.statistics.reporting.domain.ReportStatus;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Checks a file row by row as it is read: the header, then every value's institution, element,
 * form, period, number and report, collecting the good values per report and counting every
 * problem (listing only the first few, see ImportSummary.LISTED).
 */
final class ImportCheck implements Consumer<TableRow> {

    private static final Pattern INTEGER = Pattern.compile("[+]?\\d{1,18}");
    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.0*)?");
    private static final int PERIOD_CACHE = 10_000;

    private final ImportLookups lookups;
    private final int listed;
    private final Map<String, PendingReport> reports = new LinkedHashMap<>();
    private final Map<ImportProblemKind, Long> counts = new EnumMap<>(ImportProblemKind.class);
    private final List<ImportProblem> problems = new ArrayList<>();
    private final Map<String, Optional<LocalDate>> periods = new HashMap<>();
    private ImportColumns columns;
    private int headerRow;
    private long rows;
    private long values;
    private String lastOnce;

    ImportCheck(ImportLookups lookups, int listed) {
        this.lookups = lookups;
        this.listed = listed;
    }

    @Override
    public void accept(TableRow row) {
        if (row.isBlank()) {
            return;
        }
        if (columns == null) {
            columns = ImportColumns.of(row, lookups);
            headerRow = row.number();
            columns.problems.forEach(this::problem);
            return;
        }
        if (row.number() == headerRow + 1 && columns.isCaptionRow(row)) {
            return;
        }
        rows++;
        if (columns.shape == ImportShape.LONG) {
            longRow(row);
        } else {
            wideRow(row);
        }
    }

    ImportLookups lookups() {
        return lookups;
    }

    ImportColumns columns() {
        return columns;
    }

    long rows() {
        return rows;
    }

    long values() {
        return values;
    }

    Map<String, PendingReport> reports() {
        return reports;
    }

    Map<ImportProblemKind, Long> counts() {
        return counts;
    }

    List<ImportProblem> problems() {
        return problems;
    }

    boolean hasErrors() {
        return counts.keySet().stream().anyMatch(ImportProblemKind::isError);
    }

    void problem(ImportProblem problem) {
        counts.merge(problem.kind(), 1L, Long::sum);
        if (problems.size() < listed) {
            problems.add(problem);
        }
    }

    private void longRow(TableRow row) {
        ImportLookups.Institution institution = institution(row);
        DataElement element = element(row);
        Long value = value(row, columns.value, true, element == null ? ValueType.WHOLE_NUMBER : element.valueType());
        String periodText = text(row, columns.period);
        if (periodText == null) {
            return;
        }
        if (periodText.isEmpty()) {
            problem(ImportProblem.of(row.number(), columns.name(columns.period), ImportProblemKind.PERIOD_MISSING, ""));
            return;
        }
        if (institution == null || element == null) {
            return;
        }
        ReportForm form = form(row, institution, element, columns.name(columns.element >= 0 ? columns.element : columns.elementName));
        if (form == null) {
            return;
        }
        PendingReport report = report(row, form, institution, periodText);
        if (report != null && value != null) {
            add(row, report, element, value, columns.name(columns.value));
        }
    }

    private void wideRow(TableRow row) {
        ImportLookups.Institution institution = institution(row);
        String periodText = text(row, columns.period);
        if (periodText != null && periodText.isEmpty()) {
            problem(ImportProblem.of(row.number(), columns.name(columns.period), ImportProblemKind.PERIOD_MISSING, ""));
            periodText = null;
        }
        for (int i = 0; i < columns.elements.length; i++) {
            DataElement element = columns.elements[i];
            if (element == null) {
                continue;
            }
            Long value = value(row, i, false, element.valueType());
            if (institution == null || periodText == null || value == null) {
                continue;
            }
            ReportForm form = form(row, institution, element, columns.name(i));
            PendingReport report = form == null ? null : report(row, form, institution, periodText);
            if (report != null) {
                add(row, report, element, value, columns.name(i));
            }
        }
    }

    private ImportLookups.Institution institution(TableRow row) {
        boolean byCode = !row.cell(columns.institutionCode).isEmpty() || columns.institutionName < 0;
        int column = byCode ? columns.institutionCode : columns.institutionName;
        String text = text(row, column);
        if (text == null) {
            return null;
        }
        String name = columns.name(column);
        if (text.isEmpty()) {
            problem(ImportProblem.of(row.number(), name, ImportProblemKind.INSTITUTION_MISSING, ""));
            return null;
        }
        ImportLookups.Institution institution = byCode ? lookups.institutionByCode(text) : lookups.institutionByName(text);
        if (institution == null) {
            problem(ImportProblem.of(row.number(), name, ImportProblemKind.INSTITUTION_UNKNOWN, text));
            return null;
        }
        if (!institution.active()) {
            problem(ImportProblem.of(row.number(), name, ImportProblemKind.INSTITUTION_INACTIVE, institution.nameZh()));
            return null;
        }
        if (!lookups.user().canReach(institution.id())) {
            problem(ImportProblem.of(row.number(), name, ImportProblemKind.NOT_REACHABLE, institution.nameZh()));
            return null;
        }
        return institution;
    }

    private DataElement element(TableRow row) {
        int column = columns.element >= 0 && !row.cell(columns.element).isEmpty() ? columns.element : columns.elementName;
        if (column < 0) {
            column = columns.element;
        }
        String text = text(row, column);
        if (text == null) {
            return null;
        }
        if (text.isEmpty()) {
            problem(ImportProblem.of(row.number(), columns.name(column), ImportProblemKind.ELEMENT_MISSING, ""));
            return null;
        }
        DataElement element = lookups.element(text);
        if (element == null) {
            problem(ImportProblem.of(row.number(), columns.name(column), ImportProblemKind.ELEMENT_UNKNOWN, text));
        }
        return element;
    }

    /** The form the institution files this element on. */
    private ReportForm form(TableRow row, ImportLookups.Institution institution, DataElement element, String column) {
        List<ReportForm> forms = lookups.formsFiledWith(institution.id(), element.id());
        if (forms.size() == 1) {
            return forms.getFirst();
        }
        problem(ImportProblem.of(row.number(), column, forms.isEmpty() ? ImportProblemKind.NOT_ASSIGNED : ImportProblemKind.AMBIGUOUS_FORM,
                institution.nameZh() + " · " + element.nameZh()));
        return null;
    }

    /** The report the row's values go into, or null (listed once per row) when its period or state refuses them. */
    private PendingReport report(TableRow row, ReportForm form, ImportLookups.Institution institution, String periodText) {
        Frequency frequency = form.frequency();
        Optional<LocalDate> period = period(frequency, periodText);
        String column = columns.name(columns.period);
        if (period.isEmpty()) {
            boolean aDay = period(Frequency.MONTHLY, periodText).isPresent() || isDate(periodText);
            listOnce(row, form.id() + "/period", aDay ? ImportProblemKind.PERIOD_NOT_START : ImportProblemKind.PERIOD_UNREADABLE, column,
                    periodText);
            return null;
        }
        LocalDate start = period.get();
        if (!form.periodEnd(start).isBefore(lookups.today())) {
            listOnce(row, form.id() + "/over", ImportProblemKind.PERIOD_NOT_OVER, column, frequency.label(start));
            return null;
        }
        String key = form.id() + "/" + institution.id() + "/" + start;
        PendingReport report = reports.get(key);
        if (report == null) {
            ImportLookups.StoredReport stored = lookups.stored(form.id(), institution.id(), start);
            ReportForm filed = form.forReport(stored == null ? null : stored.formVersionId(), start);
            report = new PendingReport(filed, institution.id(), start, row.number(), stored);
            reports.put(key, report);
        }
        if (report.stored != null && !report.stored.status().isEditable()) {
            if (report.problemRow != row.number()) {
                report.problemRow = row.number();
                problem(ImportProblem.of(row.number(), column, report.stored.status() == ReportStatus.APPROVED
                        ? ImportProblemKind.REPORT_APPROVED : ImportProblemKind.REPORT_SUBMITTED,
                        institution.nameZh() + " · " + form.nameZh() + " " + frequency.label(start)));
            }
            return null;
        }
        return report;
    }

    /** A wide row with several elements of one form lists its period problem once. */
    private void listOnce(TableRow row, String what, ImportProblemKind kind, String column, String detail) {
        String once = row.number() + "/" + what;
        if (!once.equals(lastOnce)) {
            lastOnce = once;
            problem(ImportProblem.of(row.number(), column, kind, detail));
        }
    }

    private void add(TableRow row, PendingReport report, DataElement element, long value, String column) {
        if (report.form.element(element.code()).isEmpty()) {
            // the element is on another version of the form than the one this period is filed with
            problem(ImportProblem.of(row.number(), column, ImportProblemKind.NOT_ON_VERSION,
                    report.form.nameZh() + " " + report.form.frequency().label(report.periodStart)));
            return;
        }
        int earlier = report.add(element.id(), value, row.number());
        if (earlier != 0) {
            problem(ImportProblem.of(row.number(), column, ImportProblemKind.DUPLICATE, String.valueOf(earlier)));
        } else {
            values++;
        }
    }

    /** A cell's text, or null after listing a formula in it. */
    private String text(TableRow row, int column) {
        if (row.formula(column)) {
            problem(ImportProblem.of(row.number(), columns.name(column), ImportProblemKind.FORMULA, row.cell(column)));
            return null;
        }
        return row.cell(column);
    }

    /**
     * A whole, non-negative count, a yes/no (是/否/yes/no/1/0 → 1/0) or a percentage ({@code 12.5} or {@code 12.5%} →
     * hundredths) as the element's type asks; null when blank (a problem only where a value is required) or refused.
     */
    private Long value(TableRow row, int column, boolean required, ValueType type) {
        String text = text(row, column);
        if (text == null) {
            return null;
        }
        String name = columns.name(column);
        if (text.isEmpty()) {
            if (required) {
                problem(ImportProblem.of(row.number(), name, ImportProblemKind.VALUE_MISSING, ""));
            }
            return null;
        }
        if (type != ValueType.WHOLE_NUMBER) {
            TypedValue typed = type == ValueType.YES_NO ? TypedValue.yesNo(text) : TypedValue.percent(text);
            if (!typed.isReadable()) {
                problem(ImportProblem.of(row.number(), name, type == ValueType.YES_NO ? ImportProblemKind.VALUE_NOT_YES_NO
                        : ImportProblemKind.VALUE_NOT_PERCENT, text));
            }
            return typed.stored();
        }
        if (INTEGER.matcher(text).matches()) {
            long value = Long.parseLong(text.startsWith("+") ? text.substring(1) : text);
            return inRange(row, name, text, value);
        }
        String plain = text;
        if (plain.chars().anyMatch(c -> c > 0x7F)) {
            plain = Normalizer.normalize(plain, Normalizer.Form.NFKC).strip();
        }
        if (GROUPED.matcher(plain).matches()) {
            plain = plain.replace(",", "");
        }
        BigDecimal number;
        try {
            number = new BigDecimal(plain);
        } catch (NumberFormatException e) {
            problem(ImportProblem.of(row.number(), name, ImportProblemKind.VALUE_NOT_NUMBER, text));
            return null;
        }
        if (number.signum() < 0) {
            problem(ImportProblem.of(row.number(), name, ImportProblemKind.VALUE_NEGATIVE, text));
            return null;
        }
        if (number.stripTrailingZeros().scale() > 0) {
            problem(ImportProblem.of(row.number(), name, ImportProblemKind.VALUE_NOT_INTEGER, text));
            return null;
        }
        if (number.compareTo(BigDecimal.valueOf(ReportCell.VALUE_MAX)) > 0) {
            problem(ImportProblem.of(row.number(), name, ImportProblemKind.VALUE_TOO_LARGE, text));
            return null;
        }
        return number.longValueExact();
    }

    private Long inRange(TableRow row, String name, String text, long value) {
        if (value > ReportCell.VALUE_MAX) {
            problem(ImportProblem.of(row.number(), name, ImportProblemKind.VALUE_TOO_LARGE, text));
            return null;
        }
        return value;
    }

    private Optional<LocalDate> period(Frequency frequency, String text) {
        String key = frequency.ordinal() + text;
        Optional<LocalDate> period = periods.get(key);
        if (period == null) {
            period = frequency.parse(text);
            if (periods.size() < PERIOD_CACHE) {
                periods.put(key, period);
            }
        }
        return period;
    }

    private static boolean isDate(String text) {
        return text.matches("\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}");
    }
}
