package com.programdesk.statistics.catalog.domain;

import com.programdesk.base.domain.Localized;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One count institutions report (数据元), e.g. induced abortions in a month. A retired element is no
 * longer offered for new forms or the import, but keeps its name wherever its values are shown. An
 * element with a disaggregation has one child element per option cell ({@code parentId}, {@code optionCombo}
 * the option codes joined by '.'); its own value is the sum of its cells.
 */
public record DataElement(long id, String code, String nameZh, String nameEn, String unitZh, String unitEn,
                          Aggregation aggregation, String descriptionZh, String descriptionEn, String nationalCode,
                          ValueType valueType, @Nullable String shortNameZh, @Nullable String shortNameEn, boolean retired,
                          @Nullable Long parentId, @Nullable String optionCombo) {

    /** An element of its own (not an option cell of another). */
    public DataElement(long id, String code, String nameZh, String nameEn, String unitZh, String unitEn,
                       Aggregation aggregation, String descriptionZh, String descriptionEn, String nationalCode,
                       ValueType valueType, @Nullable String shortNameZh, @Nullable String shortNameEn, boolean retired) {
        this(id, code, nameZh, nameEn, unitZh, unitEn, aggregation, descriptionZh, descriptionEn, nationalCode, valueType,
                shortNameZh, shortNameEn, retired, null, null);
    }

    /** A whole-number element in use, without short names (as seeded). */
    public DataElement(long id, String code, String nameZh, String nameEn, String unitZh, String unitEn,
                       Aggregation aggregation, String descriptionZh, String descriptionEn, String nationalCode) {
        this(id, code, nameZh, nameEn, unitZh, unitEn, aggregation, descriptionZh, descriptionEn, nationalCode,
                ValueType.WHOLE_NUMBER, null, null, false);
    }

    /** True for one option cell of a disaggregated element (e.g. {@code INDUCED_ABORTIONS.AGE_LT20}): stored like any element, entered in its parent's row. */
    public boolean isOptionCell() {
        return parentId != null;
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
