package com.programdesk.user.ui;

import com.programdesk.user.service.EmailAddressService;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;

/** The page of the link in a confirmation mail: confirms the address, or says the link is no longer valid. */
@Route(value = "verify-email", autoLayout = false)
@AnonymousAllowed
class VerifyEmailView extends AccountPage implements BeforeEnterObserver {

    private final EmailAddressService emails;

    VerifyEmailView(EmailAddressService emails) {
        super("email.verify.title");
        this.emails = emails;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getLocation().getQueryParameters().getParameters().getOrDefault("token", List.of()).stream()
                .findFirst().orElse(null);
        boolean verified = token != null && emails.verify(token);
        show(message(verified ? "email.verify.done" : "email.verify.invalid"), link("./", "email.verify.toPortal"));
    }
}
