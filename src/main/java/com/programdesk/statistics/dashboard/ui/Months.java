package com.programdesk.statistics.dashboard.ui;

import com.programdesk.statistics.catalog.domain.Frequency;
import com.vaadin.flow.component.combobox.ComboBox;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** A month chooser: the first days of the months in a range, shown as 2024-03. */
final class Months {

    static final DateTimeFormatter PARAMETER = DateTimeFormatter.ofPattern("yyyy-MM");

    private Months() {
    }

    static ComboBox<LocalDate> picker(String label, LocalDate first, LocalDate last) {
        List<LocalDate> months = new ArrayList<>();
        for (LocalDate m = Frequency.MONTHLY.periodStartOf(first); !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        ComboBox<LocalDate> picker = new ComboBox<>(label);
        picker.setItems(months);
        picker.setItemLabelGenerator(Frequency.MONTHLY::label);
        picker.setWidth("9rem");
        return picker;
    }

    /** "2024-03" from a URL, or the fallback when it is missing or not a month. */
    static LocalDate parse(String text, LocalDate fallback) {
        return text == null ? fallback : Frequency.MONTHLY.parse(text).orElse(fallback);
    }
}
