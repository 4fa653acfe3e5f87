package com.programdesk.messaging.ui;

import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.base.ui.DateFormats;
import com.programdesk.base.ui.FormErrors;
import com.programdesk.messaging.domain.OutboxMessage;
import com.programdesk.messaging.domain.OutboxStatus;
import com.programdesk.messaging.service.DeliveryLogService;
import com.programdesk.security.domain.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The delivery log for administrators: every message outside the portal, newest first, with its state
 * (waiting, sent, failed), attempts (more than one: retried) and the reason of the last failure; a test
 * message to any address.
 */
@Route("delivery-log")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 925, title = "nav.deliveryLog", icon = "vaadin:envelopes-o")
class DeliveryLogView extends Div implements HasDynamicTitle {

    final ComboBox<OutboxStatus> status = new ComboBox<>();
    final EmailField testAddress = new EmailField();
    final Button sendTest = new Button();
    final Grid<OutboxMessage> grid = new Grid<>(OutboxMessage.class, false);
    private final DeliveryLogService log;
    private final FormErrors formErrors = new FormErrors();

    DeliveryLogView(DeliveryLogService log) {
        this.log = log;
        addClassName("view");
        setSizeFull();

        status.setPlaceholder(getTranslation("messaging.log.allStatuses"));
        status.setAriaLabel(getTranslation("messaging.log.status"));
        status.setItems(OutboxStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        status.setClearButtonVisible(true);
        status.addValueChangeListener(e -> refresh());
        testAddress.setPlaceholder(getTranslation("messaging.log.testAddress"));
        testAddress.setAriaLabel(getTranslation("messaging.log.testAddress"));
        testAddress.setMaxLength(DeliveryLogService.ADDRESS_MAX);
        testAddress.setErrorMessage(getTranslation("messaging.error.address"));
        sendTest.setText(getTranslation("messaging.log.sendTest"));
        sendTest.addClickListener(e -> sendTest());
        formErrors.bind("address", testAddress);
        Div toolbar = new Div(new H2(getTranslation("messaging.log.title")), status, testAddress, sendTest);
        toolbar.addClassName("view-toolbar");
        add(toolbar);
        if (!log.mailConfigured()) {
            add(new Paragraph(getTranslation("messaging.log.mailOff")));
            testAddress.setEnabled(false);
            sendTest.setEnabled(false);
        }

        grid.addColumn(m -> DateFormats.dateTime(m.createdAt(), getLocale())).setHeader(getTranslation("messaging.log.column.created"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> getTranslation(m.channel().messageKey())).setHeader(getTranslation("messaging.log.column.channel"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OutboxMessage::recipient).setHeader(getTranslation("messaging.log.column.recipient")).setAutoWidth(true);
        grid.addColumn(m -> getTranslation("messaging.kind." + m.kind())).setHeader(getTranslation("messaging.log.column.kind"))
                .setAutoWidth(true);
        grid.addColumn(this::subject).setHeader(getTranslation("messaging.log.column.subject")).setFlexGrow(3);
        grid.addColumn(m -> getTranslation(m.status().messageKey())).setHeader(getTranslation("messaging.log.column.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OutboxMessage::attempts).setHeader(getTranslation("messaging.log.column.attempts")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> m.sentAt() == null ? "" : DateFormats.dateTime(m.sentAt(), getLocale()))
                .setHeader(getTranslation("messaging.log.column.sent")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> m.lastError() == null ? "" : m.lastError()).setHeader(getTranslation("messaging.log.column.error"))
                .setTooltipGenerator(m -> m.lastError() == null ? "" : m.lastError()).setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText(getTranslation("messaging.log.empty"));
        grid.setSizeFull();
        add(grid);
        refresh();
    }

    void refresh() {
        OutboxStatus filter = status.getValue();
        grid.setItems(query -> log.search(filter, query.getOffset(), query.getLimit()).stream(), query -> log.count(filter));
    }

    void sendTest() {
        testAddress.setInvalid(false);
        try {
            boolean sent = log.sendTest(testAddress.getValue());
            if (sent) {
                Notification.show(getTranslation("messaging.log.testSent", testAddress.getValue().strip()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } else {
                Notification.show(getTranslation("messaging.log.testFailed")).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
            refresh();
        } catch (InvalidFieldException e) {
            formErrors.show(e);
        }
    }

    /** A notification's subject as the bell says it; a digest's or a test's by its kind. */
    private String subject(OutboxMessage message) {
        return switch (message.kind()) {
            case OutboxMessage.DIGEST -> getTranslation("messaging.mail.digestSubject", message.subject());
            case OutboxMessage.TEST -> getTranslation(message.channel().isRobot() ? "messaging.robot.testTitle" : "messaging.mail.testSubject");
            default -> getTranslation("notification.kind." + message.kind(), message.subject());
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("messaging.log.title") + " | " + getTranslation("app.name");
    }
}
