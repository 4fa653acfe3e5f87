package com.programdesk.statistics.catalog.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** Asks before a catalogue item is retired (what that changes and what stays) or brought back. */
public class RetireConfirmation extends Dialog {

    public final Button confirm = new Button();

    /** {@code keys}: the item's message prefix ("dataElement", "indicator"), whose .retire.title etc. say it. */
    public RetireConfirmation(String keys, String name, boolean retiring, Runnable confirmed) {
        setHeaderTitle(getTranslation(keys + (retiring ? ".retire.title" : ".reactivate.title"), name));
        setWidth("min(32rem, 95vw)");
        add(new Paragraph(getTranslation(keys + (retiring ? ".retire.text" : ".reactivate.text"))));
        confirm.setText(getTranslation(keys + (retiring ? ".retire" : ".reactivate")));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, retiring ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
        confirm.addClickListener(e -> {
            close();
            confirmed.run();
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }
}
