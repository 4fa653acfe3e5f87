package com.programdesk.statistics.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.statistics.catalog.domain.Direction;
import com.programdesk.statistics.catalog.domain.Indicator;
import com.programdesk.statistics.dashboard.domain.Figure;
import com.programdesk.statistics.expressions.domain.Expression;
import com.vaadin.flow.component.html.Div;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The dashboard writes a percentage element's figure with %, a yes/no count as a plain number. */
class FigureTextTest {

    @Test
    void aPercentageElementsAverageIsWrittenWithItsPercentSign() {
        Indicator share = new Indicator(1, "LARC_SHARE", "长效避孕比例", "LARC share", Expression.parse("#{LARC_SHARE_PCT}"), null, 1, 2,
                Direction.RISING_IS_GOOD, null, null, null, false, Map.of("LARC_SHARE_PCT", 7L), Set.of("LARC_SHARE_PCT"));
        Indicator clinics = new Indicator(2, "PAC_OPEN", "开设PAC门诊机构数", "PAC clinics", Expression.parse("#{PAC_OPEN}"), null, 1, 2,
                Direction.RISING_IS_GOOD, null, null, null, false, Map.of("PAC_OPEN", 8L));
        FigureText text = new FigureText(new Div(), Locale.SIMPLIFIED_CHINESE, 0);

        // the average of the stored hundredths, 1250, is 12.5 in the expression
        BigDecimal numerator = share.numeratorOf(Map.of(7L, BigDecimal.valueOf(1250)));
        assertThat(text.value(share, Figure.of(share, numerator, null))).isEqualTo("12.5%");
        assertThat(text.value(clinics, Figure.of(clinics, BigDecimal.valueOf(3), null))).isEqualTo("3");
    }
}
