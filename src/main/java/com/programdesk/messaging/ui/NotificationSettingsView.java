package com.programdesk.messaging.ui;

import com.programdesk.messaging.domain.Delivery;
import com.programdesk.messaging.domain.EmailState;
import com.programdesk.messaging.domain.KindPreference;
import com.programdesk.messaging.service.MessagePreferenceService;
import com.programdesk.notification.domain.NotificationKind;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.EnumMap;
import java.util.Map;

/**
 * 通知设置: per kind of notification the user's role receives, off / by e-mail at once / in the daily digest.
 * Says plainly when e-mail cannot reach the user (no mail server, no or an unverified address). Opened from the
 * user menu beside the password and the e-mail address, not from the side navigation: it is a personal setting.
 */
@Route("notification-settings")
@PermitAll
class NotificationSettingsView extends Div implements HasDynamicTitle {

    final Map<NotificationKind, RadioButtonGroup<Delivery>> choices = new EnumMap<>(NotificationKind.class);
    final Paragraph state = new Paragraph();
    final Button save = new Button();
    private final MessagePreferenceService preferences;

    NotificationSettingsView(MessagePreferenceService preferences) {
        this.preferences = preferences;
        addClassName("view");
        Div toolbar = new Div(new H2(getTranslation("messaging.settings.title")));
        toolbar.addClassName("view-toolbar");
        add(toolbar, new Paragraph(getTranslation("messaging.settings.intro")));

        state.setText(stateText(preferences.myEmail()));
        state.getStyle().set("font-weight", "600");
        add(state);

        Div rows = new Div();
        rows.getStyle().set("display", "grid").set("grid-template-columns", "minmax(10rem, max-content) 1fr")
                .set("gap", "var(--lumo-space-xs) var(--lumo-space-l)").set("align-items", "center");
        Span kindHeader = new Span(getTranslation("messaging.settings.column.kind"));
        Span deliveryHeader = new Span(getTranslation("messaging.settings.column.delivery"));
        kindHeader.getStyle().set("font-weight", "600");
        deliveryHeader.getStyle().set("font-weight", "600");
        rows.add(kindHeader, deliveryHeader);
        for (KindPreference preference : preferences.mine()) {
            RadioButtonGroup<Delivery> group = new RadioButtonGroup<>();
            group.setItems(Delivery.values());
            group.setItemLabelGenerator(d -> getTranslation(d.messageKey()));
            group.setValue(preference.delivery());
            group.addThemeVariants(RadioGroupVariant.LUMO_HELPER_ABOVE_FIELD);
            String label = getTranslation("messaging.kind." + preference.kind().name());
            group.setAriaLabel(label);
            if (preference.isDefault()) {
                group.setHelperText(getTranslation("messaging.settings.default"));
            }
            choices.put(preference.kind(), group);
            rows.add(new Span(label), group);
        }
        if (choices.isEmpty()) {
            add(new Paragraph(getTranslation("messaging.settings.none")));
            return;
        }
        add(rows);

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        add(new Div(save));
    }

    void save() {
        Map<NotificationKind, Delivery> chosen = new EnumMap<>(NotificationKind.class);
        choices.forEach((kind, group) -> {
            if (group.getValue() != null) {
                chosen.put(kind, group.getValue());
            }
        });
        preferences.save(chosen);
        choices.values().forEach(group -> group.setHelperText(null));
        Notification.show(getTranslation("messaging.settings.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private String stateText(EmailState email) {
        if (!email.mailConfigured()) {
            return getTranslation("messaging.settings.mailOff");
        }
        if (email.address() == null) {
            return getTranslation("messaging.settings.noAddress");
        }
        if (!email.verified()) {
            return getTranslation("messaging.settings.unverified", email.address());
        }
        return getTranslation("messaging.settings.address", email.address());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("messaging.settings.title") + " | " + getTranslation("app.name");
    }
}
