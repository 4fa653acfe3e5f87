package com.programdesk.statistics.indicators.domain;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * An indicator's value for one area and period as the dashboard would show it to the current user, for the
 * indicator page's preview: the value with its numerator and denominator, withheld (small counts), without a
 * denominator, or nothing (no approved data).
 */
public record PreviewFigure(@Nullable BigDecimal value, @Nullable BigDecimal numerator, @Nullable BigDecimal denominator,
                            boolean suppressed, boolean denominatorMissing) {

    public static final PreviewFigure NONE = new PreviewFigure(null, null, null, false, false);
}
