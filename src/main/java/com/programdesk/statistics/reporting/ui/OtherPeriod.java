package com.programdesk.statistics.reporting.ui;

import com.programdesk.statistics.catalog.domain.Frequency;
import com.programdesk.statistics.catalog.domain.ReportForm;
import com.programdesk.statistics.reporting.domain.FilingSlot;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Any period of a form, not only the recent ones the list shows (backfilling 2024-05, say): a year
 * and, for monthly and quarterly forms, a month or quarter; the institution when the user files for
 * several. Opens that period's report.
 */
class OtherPeriod extends Div {

    static final int FIRST_YEAR = 2000;

    final ComboBox<Integer> year = new ComboBox<>();
    final ComboBox<Integer> part = new ComboBox<>();
    final ComboBox<Long> institution = new ComboBox<>();
    final Button open = new Button();
    final ReportForm form;

    OtherPeriod(ReportForm form, List<FilingSlot> slots, LocalDate today) {
        this.form = form;
        addClassName("view-toolbar");
        Frequency frequency = form.frequency();
        year.setLabel(getTranslation("report.other.year"));
        year.setItems(IntStream.rangeClosed(FIRST_YEAR, today.getYear()).boxed().sorted((a, b) -> b - a).toList());
        year.setItemLabelGenerator(y -> getTranslation("report.other.yearLabel", String.valueOf(y)));
        year.setWidth("8rem");
        part.setVisible(frequency != Frequency.YEARLY);
        part.setLabel(getTranslation(frequency == Frequency.QUARTERLY ? "report.other.quarter" : "report.other.month"));
        part.setItems(IntStream.rangeClosed(1, 12 / frequency.months()).boxed().toList());
        part.setItemLabelGenerator(p -> getTranslation(frequency == Frequency.QUARTERLY ? "report.other.quarterLabel" : "report.other.monthLabel", p));
        part.setWidth("7rem");
        Map<Long, String> institutions = new LinkedHashMap<>();
        slots.forEach(s -> institutions.putIfAbsent(s.institutionId(), s.institutionName()));
        institution.setLabel(getTranslation("report.column.institution"));
        institution.setItems(List.copyOf(institutions.keySet()));
        institution.setItemLabelGenerator(institutions::get);
        institution.setVisible(institutions.size() > 1);
        if (institutions.size() == 1) {
            institution.setValue(institutions.keySet().iterator().next());
        }
        open.setText(getTranslation("report.other.open"));
        open.addClickListener(e -> open());
        add(year, part, institution, open);
    }

    void open() {
        boolean complete = required(year) & (form.frequency() == Frequency.YEARLY || required(part)) & required(institution);
        if (!complete) {
            return;
        }
        int month = form.frequency() == Frequency.YEARLY ? 1 : (part.getValue() - 1) * form.frequency().months() + 1;
        LocalDate period = LocalDate.of(year.getValue(), month, 1);
        getUI().ifPresent(ui -> ui.navigate("reports/" + form.id() + "/" + institution.getValue() + "/" + form.frequency().label(period)));
    }

    private boolean required(ComboBox<?> box) {
        box.setErrorMessage(getTranslation("validation.required"));
        box.setInvalid(box.getValue() == null);
        return box.getValue() != null;
    }
}
