package com.programdesk.statistics.catalog.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Evaluates a form's checks on one period's values. Built-in checks come first (a value is missing
 * when submitting, or negative); a form's own rules are skipped while any value they compare is
 * still empty, so a half-filled draft shows only what can already be said.
 */
public final class ReportRules {

    public static final String MISSING = "statistics.error.missing";
    public static final String NEGATIVE = "statistics.error.negative";

    private ReportRules() {
    }

    /**
     * @param values   this period's values by element code (null or absent when empty)
     * @param previous last period's values by element code, for jump checks
     */
    public static List<RuleViolation> check(ReportForm form, Map<String, Long> values, Map<String, Long> previous, boolean submitting) {
        List<RuleViolation> violations = new ArrayList<>();
        for (FormElement row : form.elements()) {
            String code = row.element().code();
            Long value = values.get(code);
            if (value == null && submitting) {
                violations.add(RuleViolation.builtIn(code, MISSING));
            } else if (value != null && value < 0) {
                violations.add(RuleViolation.builtIn(code, NEGATIVE));
            }
        }
        for (ValidationRule rule : form.rules()) {
            switch (rule.kind()) {
                case AT_MOST -> sums(rule, values).filter(s -> s[0] > s[1])
                        .ifPresent(s -> violations.add(RuleViolation.of(rule, rule.left().getFirst())));
                case SUM_EQUALS -> sums(rule, values).filter(s -> s[0] != s[1])
                        .ifPresent(s -> violations.add(RuleViolation.of(rule, rule.left().getFirst())));
                case JUMP -> rule.left().stream().filter(code -> jumped(values.get(code), previous.get(code), rule.factor()))
                        .forEach(code -> violations.add(RuleViolation.of(rule, code)));
            }
        }
        return violations;
    }

    /** Warnings the user has explained with a note at the element no longer block submission. */
    public static List<RuleViolation> blocking(List<RuleViolation> violations, Map<String, String> notes) {
        return violations.stream().filter(v -> v.isError() || isBlank(notes.get(v.elementCode()))).toList();
    }

    private static Optional<long[]> sums(ValidationRule rule, Map<String, Long> values) {
        List<Long> left = rule.left().stream().map(values::get).toList();
        List<Long> right = rule.right().stream().map(values::get).toList();
        if (left.stream().anyMatch(Objects::isNull) || right.stream().anyMatch(Objects::isNull)) {
            return Optional.empty();
        }
        return Optional.of(new long[] {sum(left), sum(right)});
    }

    private static long sum(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).sum();
    }

    private static boolean jumped(Long value, Long previous, BigDecimal factor) {
        return value != null && previous != null && previous > 0 && factor != null
                && BigDecimal.valueOf(value).compareTo(factor.multiply(BigDecimal.valueOf(previous))) > 0;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
