package com.programdesk.statistics.dashboard.ui;

import com.programdesk.area.domain.AreaSummary;
import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.base.ui.CountField;
import com.programdesk.base.ui.FormErrors;
import com.programdesk.statistics.catalog.domain.DataElement;
import com.programdesk.statistics.dashboard.domain.PopulationPaste;
import com.programdesk.statistics.dashboard.domain.PopulationRow;
import com.programdesk.statistics.dashboard.service.PopulationService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * 辖区人口: the population figures (denominators) of the area shown and the areas right below it, by year: typed,
 * from a bureau's approved yearly report, or the sum of the areas below ("合计"); a missing figure is "—" and its
 * rates say "denominator missing". Coordinators and administrators enter a figure of an area within their own, or
 * paste lines "area code, year, value" from a spreadsheet (all or nothing).
 */
class PopulationPanel extends Div {

    static final int YEARS = 5;

    final Select<DataElement> element = new Select<>();
    final Grid<PopulationRow> grid = new Grid<>();
    final ComboBox<AreaSummary> area = new ComboBox<>();
    final CountField year;
    final CountField value = new CountField(0, (int) PopulationService.MAX_VALUE);
    final Button save = new Button();
    final Button clear = new Button();
    final TextArea paste = new TextArea();
    final Button pasteButton = new Button();

    private final PopulationService populations;
    private final DashboardView view;
    private final FormErrors formErrors = new FormErrors();
    private final int thisYear;
    private final NumberFormat numbers;

    PopulationPanel(PopulationService populations, DashboardView view, Clock clock) {
        this.populations = populations;
        this.view = view;
        this.thisYear = LocalDate.now(clock).getYear();
        this.numbers = NumberFormat.getIntegerInstance(getLocale());
        this.year = new CountField(PopulationService.FIRST_YEAR, thisYear + 1);
        addClassName("dashboard-panel");
        List<DataElement> elements = populations.elements();
        element.setLabel(getTranslation("population.element"));
        element.setItems(elements);
        element.setItemLabelGenerator(e -> e.name(getLocale()));
        element.setValue(elements.isEmpty() ? null : elements.getFirst());
        element.setVisible(elements.size() > 1);
        element.addValueChangeListener(e -> refresh());
        grid.addColumn(r -> r.area().name(getLocale())).setHeader(getTranslation("dashboard.column.area")).setFlexGrow(2);
        for (int y = thisYear - YEARS + 1; y <= thisYear; y++) {
            int shownYear = y;
            grid.addColumn(r -> text(r.byYear().get(shownYear))).setHeader(String.valueOf(y)).setTextAlign(
                    com.vaadin.flow.component.grid.ColumnTextAlign.END).setFlexGrow(1);
        }
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> {
            area.setValue(e.getItem().area());
            value.clear();
        });
        add(new H3(getTranslation("population.title")), new Paragraph(getTranslation("population.explain")), element, grid);
        if (populations.mayEnter()) {
            addEntry();
        }
        refresh();
    }

    private void addEntry() {
        area.setLabel(getTranslation("dashboard.filter.area"));
        area.setItemLabelGenerator(a -> a.name(getLocale()));
        area.setWidth("14rem");
        year.setLabel(getTranslation("population.year"));
        year.setValue(thisYear - 1);
        year.setWidth("7rem");
        value.setLabel(getTranslation("population.value"));
        value.setWidth("10rem");
        save.setText(getTranslation("population.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> enter(false));
        clear.setText(getTranslation("population.clear"));
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.addClickListener(e -> enter(true));
        formErrors.bind("area", area).bind("year", year).bind("value", value).bind("paste", paste);
        Div form = new Div(area, year, value, save, clear);
        form.addClassName("dashboard-filters");
        paste.setLabel(getTranslation("population.paste"));
        paste.setPlaceholder("330382\t2025\t352400");
        paste.setHelperText(getTranslation("population.pasteHelp"));
        paste.setWidth("30rem");
        pasteButton.setText(getTranslation("population.pasteButton"));
        pasteButton.addClickListener(e -> paste());
        add(new H3(getTranslation("population.enter")), form, paste, pasteButton);
    }

    void refresh() {
        if (element.getValue() == null) {
            grid.setItems(List.of());
            return;
        }
        List<PopulationRow> rows = populations.figures(view.areaId(), element.getValue().id(), thisYear - YEARS + 1, thisYear);
        grid.setItems(rows);
        if (populations.mayEnter()) {
            area.setItems(rows.stream().map(PopulationRow::area).toList());
            area.setValue(rows.isEmpty() ? null : rows.getFirst().area());
        }
    }

    private void enter(boolean clearing) {
        area.setInvalid(false);
        value.setInvalid(false);
        if (area.getValue() == null) {
            area.setErrorMessage(getTranslation("validation.required"));
            area.setInvalid(true);
            return;
        }
        if (!year.check(true) || (!clearing && !value.check(true))) {
            return;
        }
        try {
            populations.enter(area.getValue().id(), element.getValue().id(), year.getValue(), clearing ? null : value.getValue().longValue());
            Notification.show(getTranslation("population.saved", area.getValue().name(getLocale()), year.getValue()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            value.clear();
            view.refresh();
        } catch (InvalidFieldException e) {
            formErrors.show(e);
        }
    }

    private void paste() {
        paste.setInvalid(false);
        try {
            PopulationPaste result = populations.paste(element.getValue().id(), paste.getValue());
            if (!result.isClean()) {
                paste.setErrorMessage(result.problems().stream().limit(10)
                        .map(p -> getTranslation("population.error.line", p.line(), getTranslation(p.messageKey())))
                        .collect(Collectors.joining("；")));
                paste.setInvalid(true);
                return;
            }
            Notification.show(getTranslation("population.pasted", result.saved())).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            paste.clear();
            view.refresh();
        } catch (InvalidFieldException e) {
            formErrors.show(e, PopulationService.MAX_LINES);
        }
    }

    private String text(PopulationRow.PopulationFigure figure) {
        if (figure == null) {
            return "—";
        }
        String number = numbers.format(figure.value());
        return figure.source() == PopulationRow.Source.ENTERED ? number : number + " " + getTranslation(figure.source().messageKey());
    }
}
