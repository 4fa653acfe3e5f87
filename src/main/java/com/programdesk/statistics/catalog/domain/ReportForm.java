package com.programdesk.statistics.catalog.domain;

import com.programdesk.area.domain.AreaLevel;
import com.programdesk.base.domain.Localized;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What institutions file, how often and by when (报表), with its rows in order and its validation rules. */
public record ReportForm(long id, String code, String nameZh, String nameEn, Frequency frequency, int dueDay, boolean active,
                         List<FormElement> elements, List<ValidationRule> rules, List<AreaLevel> approvalLevels) {

    public ReportForm {
        elements = List.copyOf(elements);
        rules = List.copyOf(rules);
        approvalLevels = List.copyOf(approvalLevels);
    }

    /** A form approved in one step by any reviewer who reaches the institution. */
    public ReportForm(long id, String code, String nameZh, String nameEn, Frequency frequency, int dueDay, boolean active,
                      List<FormElement> elements, List<ValidationRule> rules) {
        this(id, code, nameZh, nameEn, frequency, dueDay, active, elements, rules, List.of());
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

    public Optional<DataElement> element(String code) {
        return elements.stream().map(FormElement::element).filter(e -> e.code().equals(code)).findFirst();
    }

    public boolean contains(long elementId) {
        return elements.stream().anyMatch(e -> e.element().id() == elementId);
    }

    public String name(Locale locale) {
        return Localized.pick(locale, nameZh, nameEn);
    }
}
