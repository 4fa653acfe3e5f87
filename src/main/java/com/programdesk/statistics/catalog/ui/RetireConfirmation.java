package com.programdesk.statistics.catalog.ui;

import com.programdesk.statistics.catalog.domain.ElementDefinition;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** Asks before an element is retired (what that changes and what stays) or brought back. */
class RetireConfirmation extends Dialog {

    final Button confirm = new Button();

    RetireConfirmation(ElementDefinition element, Runnable confirmed) {
        boolean retiring = !element.isRetired();
        setHeaderTitle(getTranslation(retiring ? "dataElement.retire.title" : "dataElement.reactivate.title", element.getNameZh()));
        setWidth("min(32rem, 95vw)");
        add(new Paragraph(getTranslation(retiring ? "dataElement.retire.text" : "dataElement.reactivate.text")));
        confirm.setText(getTranslation(retiring ? "dataElement.retire" : "dataElement.reactivate"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, retiring ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
        confirm.addClickListener(e -> {
            close();
            confirmed.run();
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }
}
