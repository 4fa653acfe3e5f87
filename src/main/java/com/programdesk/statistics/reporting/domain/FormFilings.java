package com.programdesk.statistics.reporting.domain;

import com.programdesk.statistics.catalog.domain.ReportForm;
import java.util.List;

/** A form an institution files, with its recent periods, newest first. */
public record FormFilings(ReportForm form, List<FilingSlot> slots) {

    public FormFilings {
        slots = List.copyOf(slots);
    }
}
