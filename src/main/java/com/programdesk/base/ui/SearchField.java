package com.programdesk.base.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** The free-text filter above a grid: searches as the user pauses typing, clearable. */
public class SearchField extends TextField {

    public SearchField(String label, String width, Runnable onChange) {
        setPlaceholder(label);
        setAriaLabel(label);
        setWidth(width);
        setPrefixComponent(VaadinIcon.SEARCH.create());
        setClearButtonVisible(true);
        setValueChangeMode(ValueChangeMode.LAZY);
        addValueChangeListener(e -> onChange.run());
    }
}
