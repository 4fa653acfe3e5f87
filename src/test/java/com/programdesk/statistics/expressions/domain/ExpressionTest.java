package com.programdesk.statistics.expressions.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The indicator expressions a bureau types: how they compute and how a mistake is named with its position. */
class ExpressionTest {

    private static final Map<String, BigDecimal> VALUES = Map.of("INDUCED_ABORTIONS", BigDecimal.valueOf(1650),
            "REPEAT_ABORTIONS", BigDecimal.valueOf(7), "PAC_LARC", BigDecimal.valueOf(93), "ZERO", BigDecimal.ZERO);

    private static BigDecimal value(String expression) {
        return Expression.parse(expression).evaluate(VALUES).orElseThrow();
    }

    @Test
    void multiplicationAndDivisionBindBeforeAdditionAndSubtraction() {
        assertThat(value("1 + 2 * 3")).isEqualByComparingTo("7");
        assertThat(value("10 - 4 / 2")).isEqualByComparingTo("8");
        assertThat(value("10 - 4 - 3")).as("left to right").isEqualByComparingTo("3");
        assertThat(value("100 / 10 / 5")).as("left to right").isEqualByComparingTo("2");
    }

    @Test
    void parenthesesGroupFirst() {
        assertThat(value("(1 + 2) * 3")).isEqualByComparingTo("9");
        assertThat(value("((#{INDUCED_ABORTIONS} - #{REPEAT_ABORTIONS}))")).isEqualByComparingTo("1643");
    }

    @Test
    void unaryMinusNegates() {
        assertThat(value("-3 + 5")).isEqualByComparingTo("2");
        assertThat(value("2 * -(#{REPEAT_ABORTIONS} - 10)")).isEqualByComparingTo("6");
    }

    @Test
    void elementsAreNamedByCodeAndListedOnce() {
        Expression expression = Expression.parse("#{REPEAT_ABORTIONS} + #{INDUCED_ABORTIONS.AGE_LT20} * #{REPEAT_ABORTIONS}");
        assertThat(expression.codes()).containsExactly("REPEAT_ABORTIONS", "INDUCED_ABORTIONS.AGE_LT20");
        assertThat(value("#{PAC_LARC} / #{INDUCED_ABORTIONS} * 100").setScale(2, java.math.RoundingMode.HALF_UP))
                .isEqualByComparingTo("5.64");
        assertThat(value("1.5 * #{REPEAT_ABORTIONS}")).isEqualByComparingTo("10.5");
    }

    @Test
    void aMissingValueOrADivisorOfZeroHasNoValue() {
        assertThat(Expression.parse("#{REPEAT_ABORTIONS} + #{EP_VISITS}").evaluate(VALUES)).isEmpty();
        assertThat(Expression.parse("#{REPEAT_ABORTIONS} / #{ZERO}").evaluate(VALUES)).isEmpty();
    }

    @Test
    void aRuleSideNamesLastPeriodsValueAndAnIndicatorCannot() {
        Expression jump = Expression.parseRule("#{INDUCED_ABORTIONS} / PREV{INDUCED_ABORTIONS}");
        assertThat(jump.codes()).containsExactly("INDUCED_ABORTIONS");
        assertThat(jump.previousCodes()).containsExactly("INDUCED_ABORTIONS");
        assertThat(jump.evaluate(Map.of("INDUCED_ABORTIONS", BigDecimal.valueOf(90), Expression.previousKey("INDUCED_ABORTIONS"),
                BigDecimal.valueOf(30)))).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("3"));
        assertThat(jump.evaluate(VALUES)).as("no previous value").isEmpty();
        assertThat(Expression.parseRule("3").isConstant()).isTrue();
        assertThatThrownBy(() -> Expression.parse("PREV{INDUCED_ABORTIONS}")).isInstanceOfSatisfying(ExpressionException.class,
                e -> assertThat(e.messageKey()).isEqualTo("expression.error.unexpected"));
        assertThatThrownBy(() -> Expression.parseRule("2 * PREV INDUCED_ABORTIONS")).isInstanceOfSatisfying(ExpressionException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("expression.error.previousForm");
            assertThat(e.arguments()).containsExactly(5);
        });
    }

    @Test
    void mistakesAreNamedWithTheirPosition() {
        assertRefused("", "expression.error.empty");
        assertRefused("#{REPEAT_ABORTIONS} +", "expression.error.endTooEarly", 22);
        assertRefused("(1 + 2", "expression.error.unclosedParenthesis", 1);
        assertRefused("1 + 2)", "expression.error.unopenedParenthesis", 6);
        assertRefused("1 + % 2", "expression.error.unexpected", 5, "%");
        assertRefused("#{REPEAT_ABORTIONS} #{INDUCED_ABORTIONS}", "expression.error.unexpected", 21, "#");
        assertRefused("2 * #REPEAT", "expression.error.referenceForm", 5);
        assertRefused("#{REPEAT_ABORTIONS", "expression.error.unclosedReference", 1);
        assertRefused("#{repeat}", "expression.error.badCode", 1, "repeat");
        assertRefused("1.2.3", "expression.error.badNumber", 1, "1.2.3");
    }

    @Test
    void aConstantDivisorOfZeroIsRefusedWhereTheDivisionIs() {
        assertRefused("#{REPEAT_ABORTIONS} / 0", "expression.error.divisionByZero", 21);
        assertRefused("#{REPEAT_ABORTIONS} / (2 - 2)", "expression.error.divisionByZero", 21);
        assertThat(Expression.parse("#{REPEAT_ABORTIONS} / (#{ZERO} - 0)").codes()).as("not constant: checked per point")
                .containsExactly("REPEAT_ABORTIONS", "ZERO");
    }

    private static void assertRefused(String source, String key, Object... arguments) {
        assertThatThrownBy(() -> Expression.parse(source)).isInstanceOfSatisfying(ExpressionException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.arguments()).containsExactly(arguments);
        });
    }
}
