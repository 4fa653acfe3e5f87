package com.programdesk.statistics.elements.ui;

import com.programdesk.base.ui.SearchField;
import com.programdesk.base.ui.StatusBadge;
import com.programdesk.security.domain.Roles;
import com.programdesk.statistics.catalog.service.CatalogueFileActions;
import com.programdesk.statistics.catalog.ui.CatalogueFileBar;
import com.programdesk.statistics.elements.domain.ElementDefinition;
import com.programdesk.statistics.elements.domain.ElementSummary;
import com.programdesk.statistics.elements.service.ElementMaintenance;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The data elements of the catalogue (数据元): a lazily loaded grid searched by code or name, the
 * retired ones on request; a row opens the editor (read-only for elements another area keeps).
 */
@Route("statistics/elements")
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
@Menu(order = 902, title = "nav.dataElements", icon = "vaadin:list")
class ElementListView extends Div implements HasDynamicTitle {

    final SearchField search = new SearchField(getTranslation("dataElement.search"), "18rem", this::refresh);
    final Checkbox showRetired = new Checkbox(getTranslation("dataElement.showRetired"));
    final Button add = new Button(getTranslation("dataElement.new"), VaadinIcon.PLUS.create());
    final Grid<ElementSummary> grid = new Grid<>();
    final CatalogueFileBar fileBar;
    private final transient ElementMaintenance elements;

    ElementListView(ElementMaintenance elements, CatalogueFileActions file) {
        this.elements = elements;
        this.fileBar = new CatalogueFileBar(file, this::refresh);
        addClassName("view");
        setSizeFull();
        add(toolbar(), grid);
        configureGrid();
        refresh();
    }

    private Div toolbar() {
        showRetired.addValueChangeListener(e -> refresh());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> openEditor(new ElementDefinition(), true));
        Div toolbar = new Div(new H2(getTranslation("nav.dataElements")), search, showRetired, add, fileBar);
        toolbar.addClassName("view-toolbar");
        return toolbar;
    }

    private void configureGrid() {
        grid.addColumn(s -> s.element().code()).setHeader(getTranslation("dataElement.field.code")).setWidth("15rem").setFlexGrow(0)
                .setResizable(true).setTooltipGenerator(s -> s.element().code());
        grid.addColumn(s -> s.element().name(getLocale())).setHeader(getTranslation("dataElement.field.name")).setFlexGrow(3)
                .setResizable(true).setTooltipGenerator(s -> s.element().description(getLocale()));
        grid.addColumn(s -> getTranslation(s.element().valueType().messageKey())).setHeader(getTranslation("dataElement.field.valueType"))
                .setWidth("6rem").setFlexGrow(0);
        grid.addColumn(s -> getTranslation(s.element().aggregation().messageKey())).setHeader(getTranslation("dataElement.field.aggregation"))
                .setWidth("9rem").setFlexGrow(1);
        grid.addColumn(s -> s.element().unit(getLocale())).setHeader(getTranslation("dataElement.field.unit")).setWidth("5rem").setFlexGrow(0);
        grid.addColumn(s -> s.formNames(getLocale())).setHeader(getTranslation("dataElement.field.forms")).setFlexGrow(2)
                .setTooltipGenerator(s -> s.formNames(getLocale()));
        grid.addColumn(StatusBadge.of((ElementSummary s) -> !s.element().retired(),
                        s -> getTranslation(s.element().retired() ? "dataElement.status.retired" : "dataElement.status.inUse")))
                .setHeader(getTranslation("dataElement.field.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("grid.empty"));
        grid.setSizeFull();
        grid.addItemClickListener(e -> openEditor(e.getItem()));
    }

    void refresh() {
        String text = search.getValue();
        boolean withRetired = showRetired.getValue();
        grid.setItems(q -> elements.search(text, withRetired, q.getOffset(), q.getLimit()).stream(),
                q -> elements.count(text, withRetired));
    }

    void openEditor(ElementSummary summary) {
        elements.find(summary.element().id()).ifPresent(element -> openEditor(element, summary.mayEdit()));
    }

    private void openEditor(ElementDefinition element, boolean mayEdit) {
        new ElementEditor(elements, element, mayEdit, this::refresh).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dataElements") + " | " + getTranslation("app.name");
    }
}
