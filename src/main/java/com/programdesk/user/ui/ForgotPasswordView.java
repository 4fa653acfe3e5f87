package com.programdesk.user.ui;

import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.user.domain.AppUser;
import com.programdesk.user.domain.EmailAddresses;
import com.programdesk.user.service.PasswordResetService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * 忘记密码: the user types the address on their profile and is told the same thing whatever happens
 * (a link sent, no such verified address, too many requests). Without mail the page sends them to
 * their administrator, who resets passwords as before.
 */
@Route(value = "forgot-password", autoLayout = false)
@AnonymousAllowed
class ForgotPasswordView extends AccountPage {

    final EmailField email = EmailFields.create();
    final Button send = new Button();

    private final PasswordResetService resets;

    ForgotPasswordView(PasswordResetService resets) {
        super("reset.request.title");
        this.resets = resets;
        if (!resets.isAvailable()) {
            show(message("reset.unavailable"), link("login", "reset.backToLogin"));
            return;
        }
        email.setRequiredIndicatorVisible(true);
        email.setWidthFull();
        email.setClearButtonVisible(true);
        send.setText(getTranslation("reset.request.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> send());
        send.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        Div actions = new Div(send, link("login", "reset.backToLogin"));
        actions.addClassName("account-actions");
        show(message("reset.request.intro"), new FormLayout(email), actions);
    }

    void send() {
        email.setInvalid(false);
        String typed = email.getValue();
        var problem = EmailAddresses.normalize(typed) == null ? java.util.Optional.of("validation.required") : EmailAddresses.violation(typed);
        if (problem.isPresent()) {
            fail(problem.get());
            return;
        }
        try {
            resets.requestReset(typed, clientAddress(), getLocale());
        } catch (InvalidFieldException e) {
            fail(e.messageKey());
            return;
        }
        show(message("reset.request.sent", PasswordResetService.LINK_VALIDITY.toMinutes()), link("login", "reset.backToLogin"));
    }

    private void fail(String key) {
        email.setErrorMessage(getTranslation(key, AppUser.EMAIL_MAX));
        email.setInvalid(true);
    }

    /** The client's address as the login throttle sees it (behind a trusted proxy, the forwarded one). */
    private static String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null && request.getRemoteAddr() != null) {
            return request.getRemoteAddr();
        }
        VaadinSession session = VaadinSession.getCurrent();
        return session != null && session.getBrowser() != null ? session.getBrowser().getAddress() : null;
    }
}
