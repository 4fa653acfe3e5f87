package com.programdesk.api.ui;

import com.programdesk.api.domain.IssuedToken;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;

/** Shows a new client's token once, with a copy button: it is never shown again. */
class TokenDialog extends Dialog {

    final TextField token = new TextField();
    final Button copy = new Button(getTranslation("api.token.copy"), VaadinIcon.COPY.create());

    TokenDialog(IssuedToken issued) {
        setHeaderTitle(getTranslation("api.token.title", issued.client().name()));
        setWidth("min(40rem, 95vw)");
        setCloseOnOutsideClick(false);
        token.setValue(issued.token());
        token.setReadOnly(true);
        token.setWidthFull();
        token.setLabel(getTranslation("api.client.token"));
        copy.addClickListener(e -> {
            copy.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", issued.token());
            Notification.show(getTranslation("api.token.copied"), 3000, Notification.Position.BOTTOM_START);
        });
        add(new Paragraph(getTranslation("api.token.once")), token,
                new Paragraph(getTranslation("api.token.usage", "Authorization: Bearer " + issued.token().substring(0, 7) + "…")));
        Button close = new Button(getTranslation("action.close"), e -> close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(copy, close);
    }
}
