package com.programdesk.statistics.elements.domain;

import com.programdesk.base.domain.Localized;
import com.programdesk.statistics.catalog.domain.DataElement;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A data element's row on the catalogue page: the element, the active forms that hold it, and
 * whether the user keeps it (edits and retires) or only reads it.
 */
public record ElementSummary(DataElement element, List<FormName> forms, boolean mayEdit) {

    public ElementSummary {
        forms = List.copyOf(forms);
    }

    /** A form named in the list, in both languages. */
    public record FormName(String code, String nameZh, String nameEn) {

        public String name(Locale locale) {
            return Localized.pick(locale, nameZh, nameEn);
        }
    }

    public String formNames(Locale locale) {
        return forms.stream().map(f -> f.name(locale)).collect(Collectors.joining("、"));
    }
}
