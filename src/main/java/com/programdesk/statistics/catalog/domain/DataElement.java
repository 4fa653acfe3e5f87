package com.programdesk.statistics.catalog.domain;

import com.programdesk.base.domain.Localized;
import java.util.Locale;

/** One count institutions report (数据元), e.g. induced abortions in a month. */
public record DataElement(long id, String code, String nameZh, String nameEn, String unitZh, String unitEn,
                          Aggregation aggregation, String descriptionZh, String descriptionEn, String nationalCode) {

    public String name(Locale locale) {
        return Localized.pick(locale, nameZh, nameEn);
    }

    public String unit(Locale locale) {
        return Localized.pick(locale, unitZh, unitEn);
    }

    public String description(Locale locale) {
        return Localized.pick(locale, descriptionZh, descriptionEn);
    }
}
