package com.programdesk.notification.ui;

import com.programdesk.notification.service.NotificationService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;

/** The header's bell with the number of unread notifications; refreshed on every navigation and when its user reads notifications. */
public class NotificationBell extends Button {

    private final transient NotificationService notifications;
    private final Span count = new Span();
    private Registration unreadCountChanges;
    /** The count shown; the bell is asked on every navigation, and the page changes only when the count did. */
    private int shown = -1;

    public NotificationBell(NotificationService notifications) {
        this.notifications = notifications;
        setIcon(VaadinIcon.BELL.create());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        count.getElement().getThemeList().add("badge error pill small");
        count.addClassName("bell-count");
        setSuffixComponent(count);
        addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("notifications")));
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        unreadCountChanges = ComponentUtil.addListener(attachEvent.getUI(), UnreadCountChanged.class, changed -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        unreadCountChanges.remove();
        super.onDetach(detachEvent);
    }

    public void refresh() {
        int unread = notifications.unreadCount();
        if (unread == shown) {
            return;
        }
        shown = unread;
        count.setText(String.valueOf(unread));
        count.setVisible(unread > 0);
        setAriaLabel(getTranslation("notification.bell", unread));
    }
}
