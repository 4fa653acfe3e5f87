package com.programdesk.base.ui;

import com.programdesk.base.jdbc.DatabaseUnavailable;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every file the app hands out (exports, attachments, reports) is made through this: should making it fail, the
 * browser's download fails with a status that says why (503 while the database cannot be reached, else 500) and the
 * page tells the user through the session's error handler, as any failed action does. Without it a failed download
 * showed nothing in the page and logged a stack trace twice over, even for a database that was merely away.
 */
public final class Downloads {

    private static final Logger log = LoggerFactory.getLogger(Downloads.class);

    private Downloads() {
    }

    public static DownloadHandler of(DownloadHandler content) {
        return event -> {
            try {
                content.handleDownloadRequest(event);
            } catch (Exception failure) {
                boolean databaseAway = DatabaseUnavailable.isCause(failure);
                VaadinResponse response = event.getResponse();
                boolean started = response instanceof ServletResponse servlet && servlet.isCommitted();
                if (started && failure instanceof IOException) { // the browser went away mid-file: cancelled, or the network
                    log.debug("A download was cut off by the client: {}", failure.toString());
                    return;
                }
                if (!started) {
                    response.setStatus(databaseAway ? HttpStatusCode.SERVICE_UNAVAILABLE.getCode() : HttpStatusCode.INTERNAL_SERVER_ERROR.getCode());
                    if (databaseAway) {
                        response.setHeader("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
                    }
                } else {
                    log.warn("A download failed after its first bytes were sent; the browser keeps a cut-off file");
                }
                ErrorEvent.findErrorHandler(event.getSession()).error(new ErrorEvent(failure, event.getOwningElement().getNode()));
            }
        };
    }
}
