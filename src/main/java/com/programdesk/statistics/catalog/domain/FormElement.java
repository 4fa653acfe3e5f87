package com.programdesk.statistics.catalog.domain;

import com.programdesk.base.domain.Localized;
import java.util.List;
import java.util.Locale;

/**
 * A data element's row on a form, in the form's order and section. A disaggregated element's row holds its
 * option cells (its child elements, entered in the row; the element's own value is their sum), else none.
 */
public record FormElement(DataElement element, int position, String sectionZh, String sectionEn, List<OptionCell> cells) {

    public FormElement {
        cells = List.copyOf(cells);
    }

    public FormElement(DataElement element, int position, String sectionZh, String sectionEn) {
        this(element, position, sectionZh, sectionEn, List.of());
    }

    public String section(Locale locale) {
        return sectionZh == null ? null : Localized.pick(locale, sectionZh, sectionEn);
    }

    public boolean isDisaggregated() {
        return !cells.isEmpty();
    }

    /** True for the element itself or one of its cells. */
    public boolean holds(long elementId) {
        return element.id() == elementId || cells.stream().anyMatch(c -> c.element().id() == elementId);
    }
}
