package com.programdesk.statistics.catalog.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
     * @param previous last period's values by element code, for rules naming {@code PREV{CODE}}
     */
    public static List<RuleViolation> check(ReportForm form, Map<String, Long> values, Map<String, Long> previous, boolean submitting) {
        List<RuleViolation> violations = new ArrayList<>();
        for (FormElement row : form.elements()) {
            // a disaggregated element's own value is the sum of its cells: each cell is filled, the total follows
            List<String> codes = row.isDisaggregated() ? row.cells().stream().map(c -> c.element().code()).toList()
                    : List.of(row.element().code());
            for (String code : codes) {
                Long value = values.get(code);
                if (value == null && submitting) {
                    violations.add(RuleViolation.builtIn(code, MISSING));
                } else if (value != null && value < 0) {
                    violations.add(RuleViolation.builtIn(code, NEGATIVE));
                }
            }
        }
        Set<String> percentCodes = form.elements().stream().map(FormElement::element).filter(e -> e.valueType() == ValueType.PERCENTAGE)
                .map(DataElement::code).collect(Collectors.toSet());
        for (ValidationRule rule : form.rulesInForce()) {
            String at = rule.elementCode();
            if (at != null && rule.evaluate(values, previous, percentCodes).filter(outcome -> !outcome.holds()).isPresent()) {
                violations.add(RuleViolation.of(rule, at));
            }
        }
        return violations;
    }

    /** Warnings the user has explained with a note at the element no longer block submission. */
    public static List<RuleViolation> blocking(List<RuleViolation> violations, Map<String, String> notes) {
        return violations.stream().filter(v -> v.isError() || isBlank(notes.get(v.elementCode()))).toList();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
