package com.programdesk.statistics.catalog.ui;

import com.programdesk.statistics.catalog.domain.DataElement;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * "插入数据元" beside an expression field: searches the elements (with their option cells, and the population
 * figures, which are elements too) by code or Chinese or English name and appends {@code #{CODE}} to the field,
 * after a space. Flow's text fields have no caret position, so the code always goes at the end. Setting the
 * field's value runs its as-you-type check as typing would.
 */
public class ElementPicker extends ComboBox<DataElement> {

    private final TextField target;

    public ElementPicker(List<DataElement> elements, TextField target, String ariaLabel) {
        this.target = target;
        setLabel(getTranslation("expression.insertElement"));
        setPlaceholder(getTranslation("expression.insertElementPlaceholder"));
        setAriaLabel(ariaLabel);
        setWidth("24rem");
        setItems((element, filter) -> matches(element, filter),
                elements.stream().filter(e -> !e.retired()).sorted(Comparator.comparing(DataElement::code)).toList());
        setItemLabelGenerator(e -> e.code() + " · " + e.name(getLocale()));
        addValueChangeListener(e -> {
            if (e.getValue() != null) {
                insert(e.getValue());
                clear();
            }
        });
    }

    /** Appends {@code #{CODE}} to the field, after a space when it holds something. */
    public void insert(DataElement element) {
        String current = target.getValue() == null ? "" : target.getValue().stripTrailing();
        String code = "#{" + element.code() + "}";
        target.setValue(current.isEmpty() ? code : current + " " + code);
        target.focus();
    }

    private static boolean matches(DataElement element, String filter) {
        String wanted = filter.strip().toLowerCase(Locale.ROOT);
        return wanted.isEmpty() || element.code().toLowerCase(Locale.ROOT).contains(wanted) || element.nameZh().contains(wanted)
                || element.nameEn().toLowerCase(Locale.ROOT).contains(wanted);
    }
}
