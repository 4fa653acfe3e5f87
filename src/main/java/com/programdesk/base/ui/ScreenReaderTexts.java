package com.programdesk.base.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBoxI18n;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * What Vaadin's components announce to screen readers, in the user's language instead of their
 * English defaults: a multi-select's "added to selection" and "{count} items selected", and the
 * connection indicator's "Online" / "Offline" / "Reconnecting".
 */
@Component
public class ScreenReaderTexts implements VaadinServiceInitListener {

    /** The announcements of a multi-select, in the current UI's language. */
    public static <T> MultiSelectComboBox<T> multiSelect(MultiSelectComboBox<T> box) {
        box.setI18n(new MultiSelectComboBoxI18n()
                .setCleared(I18NProvider.translate("a11y.multiSelect.cleared"))
                .setFocused(I18NProvider.translate("a11y.multiSelect.focused"))
                .setSelected(I18NProvider.translate("a11y.multiSelect.selected"))
                .setDeselected(I18NProvider.translate("a11y.multiSelect.deselected"))
                .setTotal(I18NProvider.translate("a11y.multiSelect.total")));
        return box;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> e.getUI().getPage().executeJs("""
                const apply = () => {
                  const indicator = window.Vaadin && window.Vaadin.connectionIndicator;
                  if (!indicator) { return false; }
                  indicator.onlineText = $0; indicator.offlineText = $1; indicator.reconnectingText = $2;
                  return true;
                };
                if (!apply()) { setTimeout(apply, 1000); }""",
                e.getUI().getTranslation("a11y.connection.online"), e.getUI().getTranslation("a11y.connection.offline"),
                e.getUI().getTranslation("a11y.connection.reconnecting")));
    }
}
