package com.programdesk.statistics.catalog.domain;

import com.programdesk.base.domain.Localized;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One count institutions report (数据元), e.g. induced abortions in a month. A retired element is no
 * longer offered for new forms or the import, but keeps its name wherever its values are shown.
 */
public record DataElement(long id, String code, String nameZh, String nameEn, String unitZh, String unitEn,
                          Aggregation aggregation, String descriptionZh, String descriptionEn, String nationalCode,
                          ValueType valueType, @Nullable String shortNameZh, @Nullable String shortNameEn, boolean retired) {

    /** A whole-number element in use, without short names (as seeded). */
    public DataElement(long id, String code, String nameZh, String nameEn, String unitZh, String unitEn,
                       Aggregation aggregation, String descriptionZh, String descriptionEn, String nationalCode) {
        this(id, code, nameZh, nameEn, unitZh, unitEn, aggregation, descriptionZh, descriptionEn, nationalCode,
                ValueType.WHOLE_NUMBER, null, null, false);
    }

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
