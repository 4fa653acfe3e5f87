package com.programdesk.program.calendar.ui;

import com.programdesk.program.calendar.service.CalendarSubscriptionService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/** Gives the user a private feed link for their phone calendar, and lets them revoke it. */
class SubscriptionDialog extends Dialog {

    final TextField link = new TextField();
    final Paragraph state = new Paragraph();

    SubscriptionDialog(CalendarSubscriptionService subscriptions, String baseUrl) {
        setHeaderTitle(getTranslation("calendar.subscribe.title"));
        setWidth("min(40rem, 95vw)");
        link.setLabel(getTranslation("calendar.subscribe.link"));
        link.setReadOnly(true);
        link.setWidthFull();
        link.setVisible(false);
        state.setText(getTranslation(subscriptions.isActive() ? "calendar.subscribe.active" : "calendar.subscribe.none"));
        add(new Paragraph(getTranslation("calendar.subscribe.explain")), state, link);
        Button renew = new Button(getTranslation("calendar.subscribe.renew"), e -> {
            String token = subscriptions.renew();
            link.setValue(baseUrl + CalendarFeedController.PATH + token + ".ics");
            link.setVisible(true);
            state.setText(getTranslation("calendar.subscribe.shownOnce"));
        });
        renew.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button revoke = new Button(getTranslation("calendar.subscribe.revoke"), e -> {
            subscriptions.revoke();
            link.clear();
            link.setVisible(false);
            state.setText(getTranslation("calendar.subscribe.revoked"));
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        revoke.getStyle().set("margin-inline-end", "auto");
        getFooter().add(revoke, new Button(getTranslation("action.close"), e -> close()), renew);
    }
}
