package com.programdesk.statistics.catalog.domain;

import com.programdesk.base.domain.Localized;
import java.util.Locale;
import java.util.regex.Pattern;

/** One option of a category (e.g. {@code AGE_LT20}, "<20岁"); its code ends the codes of the cells it makes. */
public record CategoryOption(String code, String nameZh, String nameEn) {

    public static final Pattern CODE_PATTERN = Pattern.compile("[A-Z][A-Z0-9_]{0,19}");
    public static final int NAME_ZH_MAX = 40;
    public static final int NAME_EN_MAX = 80;

    public String name(Locale locale) {
        return Localized.pick(locale, nameZh, nameEn);
    }
}
