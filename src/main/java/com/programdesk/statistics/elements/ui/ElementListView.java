package com.programdesk.statistics.elements.ui;

import com.programdesk.base.ui.StatusBadge;
import com.programdesk.security.domain.Roles;
import com.programdesk.statistics.catalog.service.CatalogueFileActions;
import com.programdesk.statistics.catalog.ui.CatalogueListView;
import com.programdesk.statistics.elements.domain.ElementDefinition;
import com.programdesk.statistics.elements.domain.ElementSummary;
import com.programdesk.statistics.elements.service.ElementMaintenance;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * The data elements of the catalogue (数据元): a lazily loaded grid searched by code or name, the
 * retired ones on request; a row opens the editor (read-only for elements another area keeps).
 */
@Route("statistics/elements")
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
@Menu(order = 902, title = "nav.dataElements", icon = "vaadin:list")
class ElementListView extends CatalogueListView<ElementSummary> {

    private final transient ElementMaintenance elements;

    ElementListView(ElementMaintenance elements, CatalogueFileActions file) {
        super("dataElement", "nav.dataElements", file);
        this.elements = elements;
        layOut();
    }

    @Override
    protected List<ElementSummary> page(String text, boolean withRetired, int offset, int limit) {
        return elements.search(text, withRetired, offset, limit);
    }

    @Override
    protected int count(String text, boolean withRetired) {
        return elements.count(text, withRetired);
    }

    @Override
    protected void addColumns(Grid<ElementSummary> grid) {
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
    }

    @Override
    protected void openNew() {
        openEditor(new ElementDefinition(), true);
    }

    @Override
    protected void openEditor(ElementSummary summary) {
        elements.find(summary.element().id()).ifPresent(element -> openEditor(element, summary.mayEdit()));
    }

    private void openEditor(ElementDefinition element, boolean mayEdit) {
        new ElementEditor(elements, element, mayEdit, this::refresh).open();
    }
}
