package com.programdesk.statistics.catalog.domain;

import com.programdesk.base.domain.Localized;
import com.programdesk.statistics.expressions.domain.Expression;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A figure computed from reported counts: numerator / denominator × factor, each side an {@link Expression} over
 * data elements (repeat abortion rate ‰ = {@code #{REPEAT_ABORTIONS}} / {@code #{INDUCED_ABORTIONS}} × 1000), or a
 * plain count when there is no denominator. {@code elementIds} resolves the codes the expressions name to the
 * elements' ids (the dashboards read values by id); a code missing from it has no value. {@code percentCodes} are
 * the named elements whose values are percentages: stored (and aggregated) in hundredths, each is the percentage
 * in the expression ({@code #{X}} of 12.5 % is 12.5, not 1250).
 */
public record Indicator(long id, String code, String nameZh, String nameEn, Expression numerator, @Nullable Expression denominator,
                        int factor, int decimals, Direction direction, String descriptionZh, String descriptionEn, String nationalCode,
                        boolean retired, Map<String, Long> elementIds, Set<String> percentCodes) {

    /** The decimals of every seeded indicator. */
    public static final int SCALE = 2;
    public static final int MAX_DECIMALS = 4;
    public static final List<Integer> FACTORS = List.of(1, 100, 1000, 10000);

    public Indicator {
        elementIds = Map.copyOf(elementIds);
        percentCodes = Set.copyOf(percentCodes);
    }

    /** An indicator naming no percentage element. */
    public Indicator(long id, String code, String nameZh, String nameEn, Expression numerator, @Nullable Expression denominator,
                     int factor, int decimals, Direction direction, String descriptionZh, String descriptionEn, String nationalCode,
                     boolean retired, Map<String, Long> elementIds) {
        this(id, code, nameZh, nameEn, numerator, denominator, factor, decimals, direction, descriptionZh, descriptionEn, nationalCode,
                retired, elementIds, Set.of());
    }

    /** Whether the figure is itself a percentage: a count (factor 1, no denominator) of percentage elements only, shown with %. */
    public boolean isPercentage() {
        return !isRate() && factor == 1 && !numerator.codes().isEmpty() && percentCodes.containsAll(numerator.codes());
    }

    public boolean isRate() {
        return denominator != null;
    }

    /** ‰, % or nothing for counts and other factors; % for a figure of percentage elements ({@link #isPercentage}). */
    public String unitSymbol() {
        return isPercentage() ? "%" : symbolOf(factor);
    }

    /** ‰, % or ‱ for a factor, nothing for 1 and other factors. */
    public static String symbolOf(int factor) {
        return switch (factor) {
            case 1000 -> "‰";
            case 100 -> "%";
            case 10000 -> "‱";
            default -> "";
        };
    }

    /** The indicator's value from its evaluated numerator and denominator; empty when there is nothing to divide by. */
    public Optional<BigDecimal> valueOf(BigDecimal numerator, BigDecimal denominator) {
        if (numerator == null) {
            return Optional.empty();
        }
        if (!isRate()) {
            return Optional.of(numerator.multiply(BigDecimal.valueOf(factor)));
        }
        if (denominator == null || denominator.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(numerator.multiply(BigDecimal.valueOf(factor)).divide(denominator, decimals, RoundingMode.HALF_UP));
    }

    /** The numerator over element values by element id; null when a value it names is missing. */
    public @Nullable BigDecimal numeratorOf(Map<Long, BigDecimal> byElement) {
        return evaluate(numerator, byElement);
    }

    /** The denominator over element values by element id; null when a value it names is missing or there is none. */
    public @Nullable BigDecimal denominatorOf(Map<Long, BigDecimal> byElement) {
        return denominator == null ? null : evaluate(denominator, byElement);
    }

    private @Nullable BigDecimal evaluate(Expression expression, Map<Long, BigDecimal> byElement) {
        Map<String, BigDecimal> byCode = new HashMap<>();
        for (String code : expression.codes()) {
            Long id = elementIds.get(code);
            BigDecimal value = id == null ? null : byElement.get(id);
            if (value == null) {
                return null;
            }
            byCode.put(code, percentCodes.contains(code) ? ValueType.PERCENTAGE.number(value) : value);
        }
        return expression.evaluate(byCode).orElse(null);
    }

    /** The ids of the elements the numerator names. */
    public List<Long> numeratorElementIds() {
        return ids(numerator);
    }

    /** The ids of the elements the denominator names (none for a count). */
    public List<Long> denominatorElementIds() {
        return denominator == null ? List.of() : ids(denominator);
    }

    /** Every element either side names, each once. */
    public List<Long> elementIdList() {
        Set<Long> ids = new LinkedHashSet<>(numeratorElementIds());
        ids.addAll(denominatorElementIds());
        return List.copyOf(ids);
    }

    /** The first element the numerator names: what a count counts (its unit), and whose form sets the periods. */
    public Optional<Long> countedElementId() {
        return numeratorElementIds().stream().findFirst();
    }

    private List<Long> ids(Expression expression) {
        return expression.codes().stream().map(elementIds::get).filter(java.util.Objects::nonNull).toList();
    }

    public String name(Locale locale) {
        return Localized.pick(locale, nameZh, nameEn);
    }

    public String description(Locale locale) {
        return Localized.pick(locale, descriptionZh, descriptionEn);
    }
}
