package com.programdesk.statistics.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.statistics.catalog.domain.TypedValue.Refusal;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Yes/no and percentages as people type them and regional platforms export them. */
class TypedValueTest {

    @Test
    void aPercentageIsStoredInHundredthsWithOrWithoutItsSign() {
        assertThat(TypedValue.percent("12.5").stored()).isEqualTo(1250L);
        assertThat(TypedValue.percent(" 12.5% ").stored()).isEqualTo(1250L);
        assertThat(TypedValue.percent("１２．５％").stored()).as("full-width, from a Chinese input method").isEqualTo(1250L);
        assertThat(TypedValue.percent("0").stored()).isZero();
        assertThat(TypedValue.percent("100.00").stored()).isEqualTo(10_000L);
        assertThat(TypedValue.percent("").isReadable()).isTrue();
        assertThat(TypedValue.percent("").stored()).isNull();
    }

    @Test
    void aPercentageOutsideZeroToHundredOrWithThreeDecimalsIsRefused() {
        assertThat(TypedValue.percent("101").refusal()).isEqualTo(Refusal.RANGE);
        assertThat(TypedValue.percent("-1").refusal()).isEqualTo(Refusal.RANGE);
        assertThat(TypedValue.percent("12.345").refusal()).isEqualTo(Refusal.DECIMALS);
        assertThat(TypedValue.percent("abc").refusal()).isEqualTo(Refusal.NOT_A_NUMBER);
        assertThat(TypedValue.percent("%").refusal()).isEqualTo(Refusal.NOT_A_NUMBER);
    }

    @Test
    void yesAndNoAreReadInChineseEnglishAndAsDigits() {
        for (String yes : new String[] {"是", "yes", "YES", "1", "１"}) {
            assertThat(TypedValue.yesNo(yes).stored()).as(yes).isEqualTo(1L);
        }
        for (String no : new String[] {"否", "no", "No", "0"}) {
            assertThat(TypedValue.yesNo(no).stored()).as(no).isZero();
        }
        assertThat(TypedValue.yesNo("可能").refusal()).isEqualTo(Refusal.NOT_YES_NO);
        assertThat(TypedValue.yesNo("2").refusal()).isEqualTo(Refusal.NOT_YES_NO);
    }

    @Test
    void aPercentageIsThePercentageInAnExpressionAndIsTypedBackAsItWasTyped() {
        assertThat(ValueType.PERCENTAGE.number(BigDecimal.valueOf(1250))).isEqualByComparingTo("12.5");
        assertThat(ValueType.YES_NO.number(BigDecimal.ONE)).isEqualByComparingTo("1");
        assertThat(ValueType.percentText(1250)).isEqualTo("12.5");
        assertThat(ValueType.percentText(1200)).isEqualTo("12");
        assertThat(ValueType.percentText(5)).isEqualTo("0.05");
        assertThat(ValueType.PERCENTAGE.allows(Aggregation.SUM)).isFalse();
        assertThat(ValueType.PERCENTAGE.allows(Aggregation.LATEST)).as("the dashboard reads a LATEST element as the area's population").isFalse();
        assertThat(ValueType.YES_NO.allows(Aggregation.LATEST)).isFalse();
        assertThat(ValueType.YES_NO.allows(Aggregation.AVERAGE)).isTrue();
    }
}
