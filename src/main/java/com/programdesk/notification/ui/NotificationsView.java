package com.programdesk.notification.ui;

import com.programdesk.base.ui.DateFormats;
import com.programdesk.notification.domain.Notification;
import com.programdesk.notification.service.NotificationService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The user's notifications, unread first; opening one marks it read and goes to its task. */
@Route("notifications")
@PermitAll
class NotificationsView extends Div implements HasDynamicTitle {

    final Grid<Notification> grid = new Grid<>(Notification.class, false);

    NotificationsView(NotificationService notifications) {
        addClassName("view");
        setSizeFull();
        Button allRead = new Button(getTranslation("notification.markAllRead"), e -> {
            notifications.markAllRead();
            grid.getDataProvider().refreshAll();
            getUI().ifPresent(UnreadCountChanged::fireOn);
        });
        Div toolbar = new Div(new H2(getTranslation("notification.title")), allRead);
        toolbar.addClassName("view-toolbar");
        grid.addColumn(LitRenderer.<Notification>of("<span style=\"font-weight:${item.weight}\">${item.text}</span>")
                        .withProperty("weight", n -> n.isUnread() ? "600" : "400")
                        .withProperty("text", n -> getTranslation(n.kind().messageKey(), n.subject())))
                .setHeader(getTranslation("notification.column.message")).setFlexGrow(4);
        grid.addColumn(n -> DateFormats.dateTimeToMinute(n.createdAt(), getLocale())).setHeader(getTranslation("notification.column.time"))
                .setFlexGrow(1);
        grid.setItems(q -> notifications.mine(q.getOffset(), q.getLimit()).stream(), q -> notifications.countMine());
        grid.setEmptyStateText(getTranslation("notification.none"));
        grid.addItemClickListener(e -> {
            notifications.markRead(e.getItem().id());
            // navigating refreshes the bell anyway; staying here must tell it
            e.getItem().route().ifPresentOrElse(route -> getUI().ifPresent(ui -> ui.navigate(route)), () -> {
                grid.getDataProvider().refreshAll();
                getUI().ifPresent(UnreadCountChanged::fireOn);
            });
        });
        grid.setSizeFull();
        add(toolbar, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.title") + " | " + getTranslation("app.name");
    }
}
