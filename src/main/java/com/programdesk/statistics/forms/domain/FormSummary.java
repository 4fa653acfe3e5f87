package com.programdesk.statistics.forms.domain;

import com.programdesk.base.domain.Localized;
import com.programdesk.statistics.catalog.domain.Frequency;
import java.time.LocalDate;
import java.util.Locale;

/** A form in the maintenance list: its schedule, whether it is offered, its newest version and whether the user keeps it. */
public record FormSummary(long id, String code, String nameZh, String nameEn, Frequency frequency, int dueDay, boolean active,
                          int versionNumber, LocalDate validFrom, boolean mayEdit) {

    public String name(Locale locale) {
        return Localized.pick(locale, nameZh, nameEn);
    }
}
