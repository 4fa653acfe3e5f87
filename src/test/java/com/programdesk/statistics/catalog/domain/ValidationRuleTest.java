package com.programdesk.statistics.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A rule compares its two sides with its operator, and waits while a value it names is empty. */
class ValidationRuleTest {

    private static ValidationRule rule(RuleOperator operator) {
        return new ValidationRule("R", "#{AA}", operator, "#{BB} + 1", Severity.ERROR, "规则", "rule");
    }

    @Test
    void eachOperatorComparesTheLeftSideWithTheRightSide() {
        Map<String, Long> equal = Map.of("AA", 5L, "BB", 4L);
        Map<String, Long> less = Map.of("AA", 4L, "BB", 4L);
        Map<String, Long> more = Map.of("AA", 6L, "BB", 4L);
        assertThat(holds(RuleOperator.AT_MOST, less, equal, more)).containsExactly(true, true, false);
        assertThat(holds(RuleOperator.LESS, less, equal, more)).containsExactly(true, false, false);
        assertThat(holds(RuleOperator.EQUAL, less, equal, more)).containsExactly(false, true, false);
        assertThat(holds(RuleOperator.AT_LEAST, less, equal, more)).containsExactly(false, true, true);
        assertThat(holds(RuleOperator.MORE, less, equal, more)).containsExactly(false, false, true);
        assertThat(holds(RuleOperator.NOT_EQUAL, less, equal, more)).containsExactly(true, false, true);
        assertThat(RuleOperator.ofSymbol("!=")).contains(RuleOperator.NOT_EQUAL);
    }

    @Test
    void aRuleWaitsForItsValuesAndIsShownAtTheFirstElementItNames() {
        assertThat(rule(RuleOperator.EQUAL).evaluate(Map.of("AA", 5L), Map.of())).isEmpty();
        assertThat(rule(RuleOperator.EQUAL).elementCode()).isEqualTo("AA");
        assertThat(new ValidationRule("R", "100", RuleOperator.AT_LEAST, "#{BB}", Severity.ERROR, "", "").elementCode()).isEqualTo("BB");
        assertThat(rule(RuleOperator.AT_MOST).formula()).isEqualTo("#{AA} <= #{BB} + 1");
    }

    private static Boolean[] holds(RuleOperator operator, Map<String, Long>... cases) {
        ValidationRule rule = rule(operator);
        return java.util.Arrays.stream(cases).map(values -> rule.evaluate(values, Map.of()).orElseThrow().holds()).toArray(Boolean[]::new);
    }
}
