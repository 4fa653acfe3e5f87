package com.programdesk.statistics.catalog.domain;

import com.programdesk.base.domain.Localized;
import java.util.Locale;

/** A data element's row on a form, in the form's order and section. */
public record FormElement(DataElement element, int position, String sectionZh, String sectionEn) {

    public String section(Locale locale) {
        return sectionZh == null ? null : Localized.pick(locale, sectionZh, sectionEn);
    }
}
