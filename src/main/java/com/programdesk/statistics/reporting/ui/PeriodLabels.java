package com.programdesk.statistics.reporting.ui;

import com.programdesk.statistics.catalog.domain.Frequency;
import com.vaadin.flow.component.Component;
import java.time.LocalDate;

/** A period as people say it: 2025年3月, 2025年第2季度, 2025年度 (3/2025, Q2 2025, 2025 in English). */
final class PeriodLabels {

    private PeriodLabels() {
    }

    static String of(Component component, Frequency frequency, LocalDate periodStart) {
        String year = String.valueOf(periodStart.getYear());
        return switch (frequency) {
            case MONTHLY -> component.getTranslation("report.period.MONTHLY", year, String.valueOf(periodStart.getMonthValue()));
            case QUARTERLY -> component.getTranslation("report.period.QUARTERLY", year, String.valueOf((periodStart.getMonthValue() - 1) / 3 + 1));
            case YEARLY -> component.getTranslation("report.period.YEARLY", year);
        };
    }
}
