package com.programdesk.statistics.catalog.domain;

import com.programdesk.base.domain.Localized;
import com.programdesk.statistics.expressions.domain.Expression;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A check of a form's values (审核规则): {@code left operator right}, each side an {@link Expression} over the
 * period's values ({@code #{CODE}}) and the same institution's values of the previous period ({@code PREV{CODE}}),
 * e.g. {@code #{REPEAT_ABORTIONS} <= #{INDUCED_ABORTIONS}}, with its own message in both languages. An error blocks
 * submission, a warning needs a note at the element it is shown at: the first element the left side names (the
 * right side's when the left names none). A rule belongs to one version of its form ({@code formVersionId}; null
 * for rules written around the portal, which apply to every version); a retired rule is no longer checked.
 */
public record ValidationRule(@Nullable Long id, String code, Expression left, RuleOperator operator, Expression right,
                             Severity severity, String messageZh, String messageEn, boolean retired,
                             @Nullable Long formVersionId) {

    /** A rule in force on every version of its form (as tests and forms written around the portal have them). */
    public ValidationRule(String code, String left, RuleOperator operator, String right, Severity severity,
                          String messageZh, String messageEn) {
        this(null, code, Expression.parseRule(left), operator, Expression.parseRule(right), severity, messageZh, messageEn,
                false, null);
    }

    public String message(Locale locale) {
        return Localized.pick(locale, messageZh, messageEn);
    }

    /** The rule as written: {@code left operator right}. */
    public String formula() {
        return left.source() + " " + operator.symbol() + " " + right.source();
    }

    /** The element a failure is shown at (and a warning's note is written at); null when the rule names none. */
    public @Nullable String elementCode() {
        for (Expression side : List.of(left, right)) {
            if (!side.codes().isEmpty()) {
                return side.codes().getFirst();
            }
        }
        for (Expression side : List.of(left, right)) {
            if (!side.previousCodes().isEmpty()) {
                return side.previousCodes().getFirst();
            }
        }
        return null;
    }

    /** Whether the rule applies to reports filed with the given version of its form. */
    public boolean appliesTo(@Nullable Long versionId) {
        return !retired && (formVersionId == null || formVersionId.equals(versionId));
    }

    /**
     * Both sides over one report's values and its previous period's; empty while a value either side names is
     * missing (or a divisor is 0 there), so a half-filled draft and a first period are not judged.
     */
    public Optional<Outcome> evaluate(Map<String, Long> values, Map<String, Long> previous) {
        return evaluate(values, previous, Set.of());
    }

    /** The same, reading the stored hundredths of the elements in {@code percentCodes} as percentages (1250 → 12.5). */
    public Optional<Outcome> evaluate(Map<String, Long> values, Map<String, Long> previous, Set<String> percentCodes) {
        Map<String, BigDecimal> named = new HashMap<>();
        values.forEach((code, value) -> {
            if (value != null) {
                named.put(code, number(code, value, percentCodes));
            }
        });
        previous.forEach((code, value) -> {
            if (value != null) {
                named.put(Expression.previousKey(code), number(code, value, percentCodes));
            }
        });
        Optional<BigDecimal> a = left.evaluate(named);
        Optional<BigDecimal> b = right.evaluate(named);
        if (a.isEmpty() || b.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Outcome(a.get(), b.get(), operator.holds(a.get().compareTo(b.get()))));
    }

    private static BigDecimal number(String code, long stored, Set<String> percentCodes) {
        BigDecimal value = BigDecimal.valueOf(stored);
        return percentCodes.contains(code) ? ValueType.PERCENTAGE.number(value) : value;
    }

    /** The two sides' values and whether the rule holds for them. */
    public record Outcome(BigDecimal left, BigDecimal right, boolean holds) {
    }
}
