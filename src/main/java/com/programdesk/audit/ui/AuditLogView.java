package com.programdesk.audit.ui;

import com.programdesk.audit.domain.AuditAction;
import com.programdesk.audit.domain.AuditEvent;
import com.programdesk.audit.domain.AuditFilter;
import com.programdesk.audit.service.AuditService;
import com.programdesk.base.ui.DateFormats;
import com.programdesk.base.ui.LocalizedDatePicker;
import com.programdesk.base.ui.SearchField;
import com.programdesk.security.domain.Roles;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;

/** Administrators browse the append-only audit log, newest first. */
@Route("audit")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 920, title = "nav.audit", icon = "vaadin:records")
class AuditLogView extends Div implements HasDynamicTitle {

    private final AuditService audit;
    final SearchField actor = new SearchField(getTranslation("audit.field.actor"), "12rem", this::refresh);
    final ComboBox<AuditAction> action = new ComboBox<>();
    final ComboBox<String> entityType = new ComboBox<>();
    final DatePicker from = new LocalizedDatePicker();
    final DatePicker to = new LocalizedDatePicker();
    final Grid<AuditEvent> grid = new Grid<>(AuditEvent.class, false);
    private final java.util.Map<String, String> people = new java.util.HashMap<>();

    AuditLogView(AuditService audit) {
        this.audit = audit;
        addClassName("view");
        setSizeFull();

        action.setPlaceholder(getTranslation("audit.field.action"));
        action.setAriaLabel(getTranslation("audit.field.action"));
        action.setItems(AuditAction.values());
        action.setItemLabelGenerator(a -> getTranslation(a.messageKey()));
        action.setClearButtonVisible(true);
        entityType.setPlaceholder(getTranslation("audit.field.entity"));
        entityType.setAriaLabel(getTranslation("audit.field.entity"));
        entityType.setItems("Institution", "User", "Program", "Target", "Activity", "ObservanceDay", "Task", "Attachment");
        entityType.setItemLabelGenerator(type -> getTranslation("audit.entity." + type));
        entityType.setClearButtonVisible(true);
        from.setPlaceholder(getTranslation("audit.filter.from"));
        from.setAriaLabel(getTranslation("audit.filter.from"));
        to.setPlaceholder(getTranslation("audit.filter.to"));
        to.setAriaLabel(getTranslation("audit.filter.to"));
        from.addValueChangeListener(e -> to.setMin(e.getValue()));
        action.addValueChangeListener(e -> refresh());
        entityType.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        Div toolbar = new Div(new H2(getTranslation("nav.audit")), actor, action, entityType, from, to);
        toolbar.addClassName("view-toolbar");

        grid.addColumn(e -> DateFormats.dateTime(e.occurredAt(), getLocale())).setHeader(getTranslation("audit.field.time"))
                .setSortProperty("occurredAt").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> people.containsKey(e.actor()) ? people.get(e.actor()) : e.actor())
                .setHeader(getTranslation("audit.field.actor")).setSortProperty("actor").setTooltipGenerator(AuditEvent::actor);
        grid.addColumn(e -> getTranslation(e.action().messageKey())).setHeader(getTranslation("audit.field.action"));
        grid.addColumn(e -> e.entityType() == null ? "" : getTranslation("audit.entity." + e.entityType())
                + (e.entityId() == null ? "" : " #" + e.entityId())).setHeader(getTranslation("audit.field.entity"));
        grid.addColumn(e -> e.changedFields() == null ? "" : e.changedFields().replace('\n', ';'))
                .setHeader(getTranslation("audit.field.changes")).setFlexGrow(3);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(e -> new Pre(
                e.changedFields() == null ? "" : e.changedFields())));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText(getTranslation("grid.empty"));
        grid.setSizeFull();

        add(toolbar, grid);
        refresh();
    }

    void refresh() {
        AuditFilter filter = new AuditFilter(actor.getValue(), action.getValue(), entityType.getValue(), from.getValue(), to.getValue());
        grid.setItems(query -> {
                    java.util.List<AuditEvent> page = audit.search(filter, VaadinSpringDataHelpers.toSpringPageRequest(query));
                    remember(page);
                    return page.stream();
                }, query -> (int) audit.count(filter));
    }

    /** The display names of a page's actors, looked up once for the page; the login name stays in the tooltip and the filter. */
    private void remember(java.util.List<AuditEvent> page) {
        com.programdesk.security.service.PeopleNames.Lookup lookup = com.programdesk.security.ui.People.of(page.stream().map(AuditEvent::actor));
        page.forEach(e -> people.computeIfAbsent(e.actor(), actor -> lookup.people().containsKey(actor)
                ? lookup.label(actor, getLocale()) + " · " + actor : actor));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.audit") + " | " + getTranslation("app.name");
    }
}
