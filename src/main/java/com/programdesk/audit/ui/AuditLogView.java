package com.programdesk.audit.ui;

import com.programdesk.audit.domain.AuditAction;
import com.programdesk.audit.domain.AuditEvent;
import com.programdesk.audit.domain.AuditFilter;
import com.programdesk.audit.domain.AuditedEntity;
import com.programdesk.audit.service.AuditService;
import com.programdesk.base.ui.DateFormats;
import com.programdesk.base.ui.LocalizedDatePicker;
import com.programdesk.base.ui.SearchField;
import com.programdesk.security.domain.Roles;
import com.programdesk.security.service.PeopleNames;
import com.programdesk.security.ui.People;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Administrators browse the append-only audit log, newest first. */
@Route("audit")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 920, title = "nav.audit", icon = "vaadin:records")
class AuditLogView extends Div implements HasDynamicTitle {

    private final AuditService audit;
    final SearchField actor = new SearchField(getTranslation("audit.field.actor"), "12rem", this::refresh);
    final ComboBox<AuditAction> action = new ComboBox<>();
    final ComboBox<AuditedEntity> entityType = new ComboBox<>();
    final DatePicker from = new LocalizedDatePicker();
    final DatePicker to = new LocalizedDatePicker();
    final Grid<AuditEvent> grid = new Grid<>(AuditEvent.class, false);
    private final Map<String, String> people = new HashMap<>();

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
        entityType.setItems(Arrays.stream(AuditedEntity.values()).sorted(Comparator.comparing(type -> getTranslation(type.messageKey()), Collator.getInstance(getLocale()))).toList());
        entityType.setItemLabelGenerator(type -> getTranslation(type.messageKey()));
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
        grid.addColumn(e -> e.entityType() == null ? "" : entityName(e.entityType())
                + (e.entityId() == null ? "" : " #" + e.entityId())).setHeader(getTranslation("audit.field.entity"));
        grid.addColumn(e -> e.changedFields() == null ? "" : e.changedFields().replace('\n', ';'))
                .setHeader(getTranslation("audit.field.changes")).setFlexGrow(3);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(e -> new Pre(
                e.changedFields() == null ? "" : e.changedFields())));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText(getTranslation("grid.empty"));
        grid.setSizeFull();

        add(toolbar, grid);
        refresh();
    }

    void refresh() {
        AuditFilter filter = new AuditFilter(actor.getValue(), action.getValue(), entityType.getValue() == null ? null : entityType.getValue().code(), from.getValue(), to.getValue());
        grid.setItems(query -> {
                    List<AuditEvent> page = audit.search(filter, VaadinSpringDataHelpers.toSpringPageRequest(query));
                    remember(page);
                    return page.stream();
                }, query -> (int) audit.count(filter));
    }

    /** The display names of a page's actors, looked up once for the page; the login name stays in the tooltip and the filter. */
    private void remember(List<AuditEvent> page) {
        PeopleNames.Lookup lookup = People.of(page.stream().map(AuditEvent::actor));
        page.forEach(e -> people.computeIfAbsent(e.actor(), actor -> lookup.people().containsKey(actor)
                ? lookup.label(actor, getLocale()) + " · " + actor : actor));
    }

    /** The entry's kind of row in the user's language; a kind this version no longer writes keeps its stored name. */
    private String entityName(String code) {
        return AuditedEntity.ofCode(code).map(type -> getTranslation(type.messageKey())).orElse(code);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.audit") + " | " + getTranslation("app.name");
    }
}
