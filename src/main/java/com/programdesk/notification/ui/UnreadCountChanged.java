package com.programdesk.notification.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;

/** Fired on a UI when its user read notifications, so that the header's bell shows the new count at once. */
class UnreadCountChanged extends ComponentEvent<UI> {

    UnreadCountChanged(UI ui) {
        super(ui, false);
    }

    static void fireOn(UI ui) {
        ComponentUtil.fireEvent(ui, new UnreadCountChanged(ui));
    }
}
