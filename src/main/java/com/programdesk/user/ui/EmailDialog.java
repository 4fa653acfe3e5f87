package com.programdesk.user.ui;

import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.user.domain.AppUser;
import com.programdesk.user.domain.EmailAddresses;
import com.programdesk.user.service.EmailAddressService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.EmailField;

/** The user's own e-mail address (user menu): a change is confirmed by a link sent to the new address. */
public class EmailDialog extends Dialog {

    final EmailField email = EmailFields.create();
    final Paragraph status = new Paragraph();
    final Button save = new Button();
    private final EmailAddressService emails;

    public EmailDialog(EmailAddressService emails) {
        this.emails = emails;
        setHeaderTitle(getTranslation("email.dialog.title"));
        setWidth("min(30rem, 95vw)");
        EmailAddressService.EmailStatus own = emails.own();
        email.setHelperText(getTranslation("email.help.own"));
        email.setWidthFull();
        email.setClearButtonVisible(true);
        email.setValue(own.email() == null ? "" : own.email());
        showStatus(own);
        add(status, new FormLayout(email));
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void showStatus(EmailAddressService.EmailStatus own) {
        status.setText(own.email() == null ? getTranslation("email.status.none")
                : getTranslation(own.verified() ? "email.status.verified" : "email.status.unverified"));
    }

    void save() {
        email.setInvalid(false);
        var problem = EmailAddresses.violation(email.getValue());
        if (problem.isPresent()) {
            fail(problem.get());
            return;
        }
        EmailAddressService.EmailStatus saved;
        try {
            saved = emails.changeOwn(email.getValue(), getLocale());
        } catch (InvalidFieldException e) {
            fail(e.messageKey());
            return;
        }
        String done = saved.email() == null ? getTranslation("email.removed")
                : saved.verified() ? getTranslation("email.unchanged")
                : emails.canSendLinks() ? getTranslation("email.linkSent", saved.email(), EmailAddressService.LINK_VALIDITY.toHours())
                : getTranslation("email.savedNoMail");
        Notification.show(done, 6000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        close();
    }

    private void fail(String key) {
        email.setErrorMessage(getTranslation(key, AppUser.EMAIL_MAX));
        email.setInvalid(true);
    }
}
