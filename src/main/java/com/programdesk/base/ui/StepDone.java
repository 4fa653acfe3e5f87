package com.programdesk.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * The confirmation after a workflow step (submit, return, accept, verify, confirm, …): a short
 * success notification saying what happened and what comes next, the same for every feature.
 */
public final class StepDone {

    static final int DURATION_MS = 5000;

    private StepDone() {
    }

    public static Notification show(String text) {
        Notification notification = Notification.show(text, DURATION_MS, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return notification;
    }
}
