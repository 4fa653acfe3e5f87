package com.programdesk.shell.ui;

import com.programdesk.base.ui.ProgramDeskI18NProvider;
import com.programdesk.base.ui.SessionLocale;
import com.programdesk.security.service.CurrentUser;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Every UI starts in the language the user picked in this session, else the one saved
 * with their account, else Chinese.
 */
@Component
class LocaleInitializer implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    LocaleInitializer(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent -> {
            VaadinSession session = uiEvent.getUI().getSession();
            Locale locale = SessionLocale.chosen(session);
            if (locale == null) {
                locale = ProgramDeskI18NProvider.supportedOrDefault(
                        currentUser.find().map(u -> u.preferredLocale()).orElse(null));
            }
            session.setLocale(locale);
            uiEvent.getUI().setLocale(locale);
        });
    }
}
