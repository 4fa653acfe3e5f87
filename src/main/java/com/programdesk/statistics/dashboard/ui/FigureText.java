package com.programdesk.statistics.dashboard.ui;

import com.programdesk.statistics.catalog.domain.Indicator;
import com.programdesk.statistics.dashboard.domain.Figure;
import com.vaadin.flow.component.Component;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Figures as the dashboards write them: "4.2‰", "36", a withheld count as "&lt;5", a withheld
 * rate as "—" (its tooltip says why), a rate without its denominator as "缺分母" (the tooltip says
 * which), and tooltips with the counts behind a rate.
 */
final class FigureText {

    private final Component owner;
    private final int suppressedBelow;
    private final NumberFormat numbers;

    FigureText(Component owner, Locale locale, int suppressedBelow) {
        this.owner = owner;
        this.suppressedBelow = suppressedBelow;
        this.numbers = NumberFormat.getNumberInstance(locale);
        numbers.setMaximumFractionDigits(2);
    }

    String value(Indicator indicator, Figure figure) {
        if (figure.denominatorMissing()) {
            return owner.getTranslation("dashboard.denominatorMissing.short");
        }
        if (figure.suppressed()) {
            return indicator.isRate() ? "—" : "<" + suppressedBelow;
        }
        return figure.hasValue() ? number(figure.value()) + indicator.unitSymbol() : "";
    }

    /** "乐清市妇幼保健院 · 2024-03：4.2‰（2 / 480）", or why nothing is shown. */
    String tooltip(String series, String period, Indicator indicator, Figure figure) {
        String text;
        if (figure.denominatorMissing()) {
            text = owner.getTranslation("dashboard.denominatorMissing");
        } else if (figure.suppressed()) {
            text = value(indicator, figure) + owner.getTranslation(indicator.isRate()
                    ? "dashboard.suppressed.rate" : "dashboard.suppressed.count", suppressedBelow);
        } else if (!figure.hasValue()) {
            text = owner.getTranslation("dashboard.noData");
        } else {
            text = value(indicator, figure) + (indicator.isRate()
                    ? owner.getTranslation("dashboard.counts", number(figure.numerator()), number(figure.denominator())) : "");
        }
        return owner.getTranslation("dashboard.tooltip", series, period, text);
    }

    String number(BigDecimal value) {
        return value == null ? "" : numbers.format(value.stripTrailingZeros());
    }

    /** The explanation under a dashboard for readers from whom small counts are withheld; null for the others. */
    String notice() {
        return suppressedBelow == 0 ? null : owner.getTranslation("dashboard.suppressed.notice", suppressedBelow);
    }
}
