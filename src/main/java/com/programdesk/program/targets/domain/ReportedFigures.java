package com.programdesk.program.targets.domain;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A target's reported indicator over a chosen period (an evaluation report's): the value over the period, over the same days one
 * year earlier, and month by month ({@code monthly} and the same months a year earlier, {@code monthlyLastYear}, beside
 * {@code months}); null where there is no approved data or the figure rests on counts too small for the reader.
 */
public record ReportedFigures(Target target, @Nullable BigDecimal value, @Nullable BigDecimal lastYear, List<YearMonth> months,
                              List<@Nullable BigDecimal> monthly, List<@Nullable BigDecimal> monthlyLastYear) {
}
