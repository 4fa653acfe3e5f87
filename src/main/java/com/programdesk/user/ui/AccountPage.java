package com.programdesk.user.ui;

import com.programdesk.base.ui.LanguageSwitch;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;

/** The look of the login page for the pages reached without logging in: 忘记密码, the reset link, the confirmation link. */
abstract class AccountPage extends Main implements HasDynamicTitle {

    /** The card's content, replaced when the page moves on (form → done, or → invalid link). */
    final Div card = new Div();
    private final String titleKey;

    AccountPage(String titleKey) {
        this.titleKey = titleKey;
        addClassNames("login-view", "account-page");
        setSizeFull();
        Div product = new Div(new H1(getTranslation("app.name")), new Paragraph(getTranslation("app.tagline")));
        product.addClassName("product");
        card.addClassName("account-card");
        add(product, card, new LanguageSwitch(locale -> { }));
    }

    void show(Component... content) {
        card.removeAll();
        card.add(new H2(getTranslation(titleKey)));
        card.add(content);
    }

    Paragraph message(String key, Object... params) {
        Paragraph message = new Paragraph(getTranslation(key, params));
        message.addClassName("account-message");
        return message;
    }

    Anchor link(String route, String key) {
        return new Anchor(route, getTranslation(key));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " | " + getTranslation("app.name");
    }
}
