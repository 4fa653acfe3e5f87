package com.programdesk.shell.ui;

import com.programdesk.base.jdbc.DatabaseUnavailable;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
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
        // a download (base.ui.Downloads) runs outside the UI's request: its owning component tells which UI to inform
        UI ui = Optional.ofNullable(UI.getCurrent()).or(() -> event.getComponent().flatMap(com.vaadin.flow.component.Component::getUI))
                .orElse(null);
        String message = messageFor(event.getThrowable());
        if (message == null) {
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

    /**
     * The message of a failure the user can act on or wait out, or null for an unexpected one. A duplicate
     * key is a record someone else created at the same moment (two people filing the same month).
     */
    static String messageFor(Throwable thrown) {
        if (DatabaseUnavailable.isCause(thrown)) {
            log.warn("Database unavailable: {}", rootCause(thrown).toString());
            return "error.databaseUnavailable";
        }
        Throwable cause = rootCause(thrown);
        if (cause instanceof OptimisticLockingFailureException || cause instanceof DuplicateKeyException) {
            return "error.conflict";
        }
        if (cause instanceof AccessDeniedException) {
            return "error.accessDenied";
        }
        return null;
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
                && !(current instanceof DuplicateKeyException)
                && !(current instanceof AccessDeniedException)) {
            current = current.getCause();
        }
        return current;
    }
}
