package com.programdesk.statistics.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.statistics.expressions.domain.Expression;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Indicator values against figures worked out by hand. */
class IndicatorTest {

    private static final Indicator REPEAT_RATE = indicator("#{REPEAT_ABORTIONS}", "#{INDUCED_ABORTIONS}", 1000, Indicator.SCALE);
    private static final Indicator LARC_UPTAKE = indicator("#{PAC_LARC}", "#{INDUCED_ABORTIONS}", 100, Indicator.SCALE);
    private static final Indicator VISITS = indicator("#{EP_VISITS}", null, 1, Indicator.SCALE);

    static Indicator indicator(String numerator, String denominator, int factor, int decimals) {
        return new Indicator(1, "TEST", "测试", "Test", Expression.parse(numerator), denominator == null ? null : Expression.parse(denominator),
                factor, decimals, Direction.FALLING_IS_GOOD, null, null, null, false,
                Map.of("REPEAT_ABORTIONS", 11L, "INDUCED_ABORTIONS", 10L, "PAC_LARC", 13L, "EP_VISITS", 1L));
    }

    @Test
    void repeatAbortionRateIsPerMilleOfInducedAbortions() {
        assertThat(REPEAT_RATE.valueOf(BigDecimal.valueOf(7), BigDecimal.valueOf(1650))).contains(new BigDecimal("4.24"));
        assertThat(REPEAT_RATE.unitSymbol()).isEqualTo("‰");
    }

    @Test
    void uptakeIsAPercentage() {
        assertThat(LARC_UPTAKE.valueOf(BigDecimal.valueOf(93), BigDecimal.valueOf(210))).contains(new BigDecimal("44.29"));
        assertThat(LARC_UPTAKE.unitSymbol()).isEqualTo("%");
    }

    @Test
    void aRateWithNothingToDivideByHasNoValue() {
        assertThat(REPEAT_RATE.valueOf(BigDecimal.ZERO, BigDecimal.ZERO)).isEmpty();
        assertThat(REPEAT_RATE.valueOf(BigDecimal.ONE, null)).isEmpty();
    }

    @Test
    void aCountIsItsNumerator() {
        assertThat(VISITS.valueOf(BigDecimal.valueOf(812), null)).contains(BigDecimal.valueOf(812));
        assertThat(VISITS.isRate()).isFalse();
    }

    @Test
    void decimalsRoundTheRate() {
        Indicator noDecimals = indicator("#{REPEAT_ABORTIONS}", "#{INDUCED_ABORTIONS}", 1000, 0);
        Indicator four = indicator("#{REPEAT_ABORTIONS}", "#{INDUCED_ABORTIONS}", 1000, 4);
        assertThat(noDecimals.valueOf(BigDecimal.valueOf(7), BigDecimal.valueOf(1650))).contains(new BigDecimal("4"));
        assertThat(four.valueOf(BigDecimal.valueOf(7), BigDecimal.valueOf(1650))).contains(new BigDecimal("4.2424"));
    }

    @Test
    void aSumOfElementsIsEvaluatedOverTheValuesById() {
        Indicator repeatShare = indicator("#{REPEAT_ABORTIONS}", "#{INDUCED_ABORTIONS} + #{REPEAT_ABORTIONS}", 1000, 2);
        Map<Long, BigDecimal> values = Map.of(11L, BigDecimal.valueOf(7), 10L, BigDecimal.valueOf(1643));
        assertThat(repeatShare.numeratorOf(values)).isEqualByComparingTo("7");
        assertThat(repeatShare.denominatorOf(values)).isEqualByComparingTo("1650");
        assertThat(repeatShare.elementIdList()).containsExactly(11L, 10L);
        assertThat(repeatShare.denominatorOf(Map.of(11L, BigDecimal.ONE))).as("a named value missing").isNull();
    }
}
