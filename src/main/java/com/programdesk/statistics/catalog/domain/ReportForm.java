package com.programdesk.statistics.catalog.domain;

import com.programdesk.area.domain.AreaLevel;
import com.programdesk.base.domain.Localized;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What institutions file, how often and by when (报表), with its rows in order and its validation rules (those of
 * every version; {@link #rulesInForce} gives the ones of the version it stands for).
 * A form read from the catalogue stands for its newest version ({@link #versions}, oldest first);
 * {@link #asOf} and {@link #forReport} give it as one version applies to a period or a report.
 */
public record ReportForm(long id, String code, String nameZh, String nameEn, Frequency frequency, int dueDay, boolean active,
                         List<FormElement> elements, List<ValidationRule> rules, List<AreaLevel> approvalLevels,
                         @Nullable Long versionId, List<FormVersion> versions) {

    public ReportForm {
        elements = List.copyOf(elements);
        rules = List.copyOf(rules);
        approvalLevels = List.copyOf(approvalLevels);
        versions = List.copyOf(versions);
    }

    /** A form with one version holding its rows. */
    public ReportForm(long id, String code, String nameZh, String nameEn, Frequency frequency, int dueDay, boolean active,
                      List<FormElement> elements, List<ValidationRule> rules, List<AreaLevel> approvalLevels) {
        this(id, code, nameZh, nameEn, frequency, dueDay, active, elements, rules, approvalLevels, null,
                List.of(new FormVersion(null, 1, FormVersion.SINCE_EVER, elements)));
    }

    /** A form with all its versions, standing for the newest. */
    public static ReportForm withVersions(long id, String code, String nameZh, String nameEn, Frequency frequency, int dueDay, boolean active,
                                          List<ValidationRule> rules, List<AreaLevel> approvalLevels, List<FormVersion> versions) {
        List<FormVersion> ordered = versions.stream().sorted(Comparator.comparing(FormVersion::validFrom)).toList();
        FormVersion newest = ordered.getLast();
        return new ReportForm(id, code, nameZh, nameEn, frequency, dueDay, active, newest.elements(), rules, approvalLevels,
                newest.id(), ordered);
    }

    /** A form approved in one step by any reviewer who reaches the institution. */
    public ReportForm(long id, String code, String nameZh, String nameEn, Frequency frequency, int dueDay, boolean active,
                      List<FormElement> elements, List<ValidationRule> rules) {
        this(id, code, nameZh, nameEn, frequency, dueDay, active, elements, rules, List.of());
    }

    /** The version new reports of a period take: the last one started by then (the first one for earlier periods). */
    public FormVersion versionFor(LocalDate periodStart) {
        FormVersion chosen = versions.getFirst();
        for (FormVersion version : versions) {
            if (!version.validFrom().isAfter(periodStart)) {
                chosen = version;
            }
        }
        return chosen;
    }

    /** The form as a new report of the period is filed. */
    public ReportForm asOf(LocalDate periodStart) {
        return as(versionFor(periodStart));
    }

    /** The form as a report was filed: with its own version, or the one of its period when it holds none. */
    public ReportForm forReport(@Nullable Long reportVersionId, LocalDate periodStart) {
        return versions.stream().filter(v -> v.id() != null && Objects.equals(v.id(), reportVersionId)).findFirst()
                .map(this::as).orElseGet(() -> asOf(periodStart));
    }

    /** The newest version: what the editor shows and new periods after its start take. */
    public FormVersion newestVersion() {
        return versions.getLast();
    }

    /**
     * The form with one version's rows; {@link #rulesInForce} then gives that version's rules (a rule over an
     * element the version does not hold finds no value there and is skipped, {@link ReportRules}).
     */
    private ReportForm as(FormVersion version) {
        return new ReportForm(id, code, nameZh, nameEn, frequency, dueDay, active, version.elements(), rules, approvalLevels,
                version.id(), versions);
    }

    /**
     * The rules checked on reports of the version this form stands for: those of that version (and those written
     * around the portal, which apply to every version), retired ones left out.
     */
    public List<ValidationRule> rulesInForce() {
        return rules.stream().filter(r -> r.appliesTo(versionId)).toList();
    }

    /** True when reports are approved level by level (bottom up, {@link #approvalLevels}). */
    public boolean approvedByLevels() {
        return !approvalLevels.isEmpty();
    }

    public LocalDate dueDate(LocalDate periodStart) {
        return frequency.dueDate(periodStart, dueDay);
    }

    public LocalDate periodEnd(LocalDate periodStart) {
        return frequency.periodEnd(periodStart);
    }

    /** A row's element or one of its option cells, by code. */
    public Optional<DataElement> element(String code) {
        return elements.stream().flatMap(row -> java.util.stream.Stream.concat(java.util.stream.Stream.of(row.element()),
                row.cells().stream().map(OptionCell::element))).filter(e -> e.code().equals(code)).findFirst();
    }

    /** The row whose element is {@code code} or holds it as an option cell. */
    public Optional<FormElement> rowOf(String code) {
        return elements.stream().filter(row -> row.element().code().equals(code)
                || row.cells().stream().anyMatch(c -> c.element().code().equals(code))).findFirst();
    }

    /** True when any version holds the element: the dashboard reads the facts of every version together. */
    public boolean contains(long elementId) {
        return versions.stream().anyMatch(v -> v.holds(elementId));
    }

    public String name(Locale locale) {
        return Localized.pick(locale, nameZh, nameEn);
    }
}
