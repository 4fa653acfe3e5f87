package com.programdesk.statistics.catalog.domain;

import com.programdesk.base.domain.Localized;
import java.util.List;
import java.util.Locale;

/**
 * A way to split a count (分类, DHIS2's category): 年龄组 with its options {@code AGE_LT20}, {@code AGE_20_34},
 * {@code AGE_GE35}. An element's disaggregation is one or two categories, their options crossed.
 */
public record Category(long id, String code, String nameZh, String nameEn, boolean retired, List<CategoryOption> options) {

    public Category {
        options = List.copyOf(options);
    }

    public String name(Locale locale) {
        return Localized.pick(locale, nameZh, nameEn);
    }
}
