package com.programdesk.shell.ui;

import com.programdesk.base.jdbc.DatabaseUnavailable;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What the user sees when something fails after the page is shown: a short, localized
 * message and a reference to quote to IT — never a stack trace, which goes to the log. When the
 * database cannot be reached (a cluster without quorum, a dropped connection) the user is asked to
 * try again later; the transaction of the action was rolled back.
 */
@Component
class ErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(sessionEvent -> sessionEvent.getSession().setErrorHandler(ErrorHandling::handle));
    }

    static void handle(ErrorEvent event) {
        UI ui = UI.getCurrent();
        Throwable cause = rootCause(event.getThrowable());
        String message;
        if (DatabaseUnavailable.isCause(event.getThrowable())) {
            log.warn("Database unavailable: {}", rootCause(event.getThrowable()).toString());
            message = "error.databaseUnavailable";
        } else if (cause instanceof OptimisticLockingFailureException) {
            message = "error.conflict";
        } else if (cause instanceof AccessDeniedException) {
            message = "error.accessDenied";
        } else {
            String reference = reference();
            log.error("Unexpected error, reference {}", reference, event.getThrowable());
            if (ui != null) {
                show(ui, ui.getTranslation("error.unexpected", reference));
            }
            return;
        }
        if (ui != null) {
            show(ui, ui.getTranslation(message));
        }
    }

    static String reference() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static void show(UI ui, String text) {
        ui.access(() -> {
            Notification notification = Notification.show(text, 6000, Notification.Position.MIDDLE);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        });
    }

    static Throwable rootCause(Throwable throwable) {
        Throwable current = throwable;
        while (current.getCause() != null && current.getCause() != current
                && !(current instanceof OptimisticLockingFailureException)
                && !(current instanceof AccessDeniedException)) {
            current = current.getCause();
        }
        return current;
    }
}
