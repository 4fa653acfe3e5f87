package com.programdesk.statistics.indicators.domain;

import com.programdesk.base.domain.Localized;
import com.programdesk.statistics.catalog.domain.Direction;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** One row of the indicator page: what the grid shows, and whether the user may change the indicator. */
public record IndicatorSummary(long id, String code, String nameZh, String nameEn, String numeratorExpression,
                               @Nullable String denominatorExpression, int factor, int decimals, Direction direction, boolean retired,
                               boolean mayEdit) {

    public String name(Locale locale) {
        return Localized.pick(locale, nameZh, nameEn);
    }

    /** "numerator / denominator", or the numerator alone for a count. */
    public String formula() {
        return denominatorExpression == null ? numeratorExpression : "(" + numeratorExpression + ") / (" + denominatorExpression + ")";
    }
}
