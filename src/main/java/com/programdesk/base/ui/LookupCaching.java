package com.programdesk.base.ui;

import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinContext;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletContext;
import org.springframework.stereotype.Component;

/** Puts a {@link CachingLookup} in front of the lookup that Flow reads from its context on every call. */
@Component
class LookupCaching implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        VaadinContext context = event.getSource().getContext();
        Lookup lookup = context.getAttribute(Lookup.class);
        if (lookup != null && !(lookup instanceof CachingLookup) && context instanceof VaadinServletContext servletContext) {
            // VaadinContext.setAttribute refuses to replace the lookup once set; Flow keeps it under the
            // class name in the servlet context and reads it from there on every call
            servletContext.getContext().setAttribute(Lookup.class.getName(), new CachingLookup(lookup));
        }
    }
}
