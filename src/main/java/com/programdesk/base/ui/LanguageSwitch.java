package com.programdesk.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.function.Consumer;

/** 中文 / English switch; the page reloads so every text is rendered in the new language. */
public class LanguageSwitch extends Select<Locale> {

    public LanguageSwitch(Consumer<Locale> onChange) {
        setItems(ProgramDeskI18NProvider.SUPPORTED);
        setItemLabelGenerator(l -> l.getLanguage().equals("zh") ? "中文" : "English");
        setAriaLabel("Language / 语言");
        addClassName("language-switch");
        setWidth("7.5rem");
        UI ui = UI.getCurrent();
        setValue(ProgramDeskI18NProvider.supportedOrDefault(ui.getLocale().toLanguageTag()));
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                SessionLocale.remember(VaadinSession.getCurrent(), e.getValue());
                onChange.accept(e.getValue());
                ui.getPage().reload();
            }
        });
    }
}
