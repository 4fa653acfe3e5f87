package com.programdesk.statistics.reporting.ui;

import com.programdesk.statistics.catalog.domain.Frequency;
import com.programdesk.statistics.catalog.domain.ReportForm;
import com.programdesk.statistics.reporting.domain.FilingSlot;
import com.programdesk.statistics.reporting.domain.FormFilings;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Any period of any form the user files, not only the recent ones the list shows (backfilling 2024-05, say): the
 * form, a year and, for monthly and quarterly forms, a month or quarter; the institution when the user files for
 * several. Opens that period's report. One picker below all forms, preset to the first.
 */
class OtherPeriod extends Div {

    static final int FIRST_YEAR = 2000;

    final ComboBox<ReportForm> form = new ComboBox<>();
    final ComboBox<Integer> year = new ComboBox<>();
    final ComboBox<Integer> part = new ComboBox<>();
    final ComboBox<Long> institution = new ComboBox<>();
    final Button open = new Button();
    private final Map<ReportForm, Map<Long, String>> institutionsByForm = new LinkedHashMap<>();

    OtherPeriod(List<FormFilings> forms, LocalDate today) {
        addClassName("view-toolbar");
        for (FormFilings filings : forms) {
            Map<Long, String> institutions = new LinkedHashMap<>();
            filings.slots().forEach(s -> institutions.putIfAbsent(s.institutionId(), s.institutionName()));
            institutionsByForm.put(filings.form(), institutions);
        }
        form.setLabel(getTranslation("report.other.form"));
        form.setItems(List.copyOf(institutionsByForm.keySet()));
        form.setItemLabelGenerator(f -> f.name(getLocale()));
        form.setWidth("18rem");
        year.setLabel(getTranslation("report.other.year"));
        year.setItems(IntStream.rangeClosed(FIRST_YEAR, today.getYear()).boxed().sorted((a, b) -> b - a).toList());
        year.setItemLabelGenerator(y -> getTranslation("report.other.yearLabel", String.valueOf(y)));
        year.setWidth("8rem");
        part.setWidth("7rem");
        institution.setLabel(getTranslation("report.column.institution"));
        open.setText(getTranslation("report.other.open"));
        open.addClickListener(e -> open());
        form.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                show(e.getValue());
            }
        });
        form.setValue(forms.getFirst().form());
        add(form, year, part, institution, open);
    }

    /** Month or quarter as the form's frequency asks, and the institutions that file it. */
    private void show(ReportForm chosen) {
        Frequency frequency = chosen.frequency();
        part.clear();
        part.setVisible(frequency != Frequency.YEARLY);
        part.setLabel(getTranslation(frequency == Frequency.QUARTERLY ? "report.other.quarter" : "report.other.month"));
        part.setItems(IntStream.rangeClosed(1, 12 / frequency.months()).boxed().toList());
        part.setItemLabelGenerator(p -> getTranslation(frequency == Frequency.QUARTERLY ? "report.other.quarterLabel" : "report.other.monthLabel", p));
        Map<Long, String> institutions = institutionsByForm.get(chosen);
        Long kept = institution.getValue();
        institution.setItems(List.copyOf(institutions.keySet()));
        institution.setItemLabelGenerator(institutions::get);
        institution.setVisible(institutions.size() > 1);
        institution.setValue(institutions.size() == 1 ? institutions.keySet().iterator().next()
                : institutions.containsKey(kept) ? kept : null);
    }

    void open() {
        ReportForm chosen = form.getValue();
        boolean complete = required(form) & required(year) & (chosen == null || chosen.frequency() == Frequency.YEARLY || required(part))
                & required(institution);
        if (!complete) {
            return;
        }
        int month = chosen.frequency() == Frequency.YEARLY ? 1 : (part.getValue() - 1) * chosen.frequency().months() + 1;
        LocalDate period = LocalDate.of(year.getValue(), month, 1);
        getUI().ifPresent(ui -> ui.navigate("reports/" + chosen.id() + "/" + institution.getValue() + "/" + chosen.frequency().label(period)));
    }

    private boolean required(ComboBox<?> box) {
        box.setErrorMessage(getTranslation("validation.required"));
        box.setInvalid(box.getValue() == null);
        return box.getValue() != null;
    }
}
