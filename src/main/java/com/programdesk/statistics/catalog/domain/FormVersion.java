package com.programdesk.statistics.catalog.domain;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A form's rows as they apply from {@code validFrom} until the next version starts. Reports keep the
 * version they were started with. The id is null for a form written around the portal without one
 * (its rows are then the form's only version).
 */
public record FormVersion(@Nullable Long id, int number, LocalDate validFrom, List<FormElement> elements) {

    /** Periods before every version are filed with the first one. */
    public static final LocalDate SINCE_EVER = LocalDate.of(2000, 1, 1);

    public FormVersion {
        elements = List.copyOf(elements);
    }

    public boolean holds(long elementId) {
        return elements.stream().anyMatch(e -> e.holds(elementId));
    }
}
