package com.programdesk.statistics.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Indicator values against figures worked out by hand. */
class IndicatorTest {

    private static final Indicator REPEAT_RATE = new Indicator(1, "REPEAT_ABORTION_RATE", "重复流产率", "Repeat abortion rate", 11, 10L, 1000,
            null, null, null);
    private static final Indicator LARC_UPTAKE = new Indicator(2, "PAC_LARC_RATE", "流产后长效避孕落实率", "LARC uptake", 13, 10L, 100, null, null, null);
    private static final Indicator VISITS = new Indicator(3, "EP_VISITS", "早孕门诊就诊人次", "Visits", 1, null, 1, null, null, null);

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
}
