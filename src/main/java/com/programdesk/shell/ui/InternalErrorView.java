package com.programdesk.shell.ui;

import com.programdesk.base.jdbc.DatabaseUnavailable;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Shown instead of Vaadin's default error page, which would print a stack trace in development mode. */
@AnonymousAllowed
class InternalErrorView extends Div implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(InternalErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        addClassName("error-view");
        if (DatabaseUnavailable.isCause(parameter.getException())) {
            log.warn("Navigation to {} failed, database unavailable: {}", event.getLocation().getPath(),
                    ErrorHandling.rootCause(parameter.getException()).toString());
            add(new H2(getTranslation("error.page.title")), new Paragraph(getTranslation("error.databaseUnavailable")),
                    new Anchor(event.getLocation().getPath(), getTranslation("error.page.retry")));
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        String reference = ErrorHandling.reference();
        log.error("Navigation to {} failed, reference {}", event.getLocation().getPath(), reference, parameter.getException());
        add(new H2(getTranslation("error.page.title")),
                new Paragraph(getTranslation("error.unexpected", reference)),
                new Anchor("", getTranslation("error.page.home")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
