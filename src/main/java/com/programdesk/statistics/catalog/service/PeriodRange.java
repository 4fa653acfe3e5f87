package com.programdesk.statistics.catalog.service;

import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.statistics.catalog.domain.Frequency;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The periods a chosen range of days covers, as the dashboards and the completeness heatmap read them. */
public final class PeriodRange {

    private PeriodRange() {
    }

    /** The starts of the periods of {@code step} from the one holding {@code from} up to {@code to}; at most {@code max}. */
    public static List<LocalDate> of(Frequency step, LocalDate from, LocalDate to, int max) {
        require(from, to);
        List<LocalDate> periods = new ArrayList<>();
        for (LocalDate p = step.periodStartOf(from); !p.isAfter(to) && periods.size() <= max; p = step.next(p)) {
            periods.add(p);
        }
        if (periods.size() > max) {
            throw new InvalidFieldException("to", "dashboard.error.rangeTooLong");
        }
        return periods;
    }

    public static void require(LocalDate from, LocalDate to) {
        if (from == null) {
            throw new InvalidFieldException("from", "validation.required");
        }
        if (to == null) {
            throw new InvalidFieldException("to", "validation.required");
        }
        if (to.isBefore(from)) {
            throw new InvalidFieldException("to", "validation.endBeforeStart");
        }
    }
}
