package com.programdesk.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Puts a {@link RightSizedUidlRequestHandler} before Flow's own: handlers added at service init are asked first. */
@Component
class RightSizedRequestBodies implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addRequestHandler(new RightSizedUidlRequestHandler());
    }
}
