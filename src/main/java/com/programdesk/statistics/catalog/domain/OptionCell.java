package com.programdesk.statistics.catalog.domain;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One cell of a disaggregated element's small grid: its child element (e.g. {@code INDUCED_ABORTIONS.AGE_LT20.MARRIED})
 * and the options it stands for, one per category of the combination in order.
 */
public record OptionCell(DataElement element, List<CategoryOption> options) {

    public OptionCell {
        options = List.copyOf(options);
    }

    /** The options' names, e.g. "<20岁 · 已婚". */
    public String label(Locale locale) {
        return options.stream().map(o -> o.name(locale)).collect(Collectors.joining(" · "));
    }
}
