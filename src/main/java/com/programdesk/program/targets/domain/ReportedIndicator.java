package com.programdesk.program.targets.domain;

import com.programdesk.base.domain.Localized;
import java.util.Locale;

/** An indicator read from the statistical reports that a target can be set on, with the unit it is measured in. */
public record ReportedIndicator(long id, String nameZh, String nameEn, String unitZh, String unitEn) {

    public String name(Locale locale) {
        return Localized.pick(locale, nameZh, nameEn);
    }

    public String unit(Locale locale) {
        return Localized.pick(locale, unitZh, unitEn);
    }
}
