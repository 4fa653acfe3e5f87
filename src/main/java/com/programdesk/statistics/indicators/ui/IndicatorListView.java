package com.programdesk.statistics.indicators.ui;

import com.programdesk.base.ui.SearchField;
import com.programdesk.base.ui.StatusBadge;
import com.programdesk.security.domain.Roles;
import com.programdesk.statistics.catalog.service.CatalogueFileActions;
import com.programdesk.statistics.catalog.service.StatisticsCatalog;
import com.programdesk.statistics.catalog.ui.CatalogueFileBar;
import com.programdesk.statistics.indicators.domain.IndicatorDefinition;
import com.programdesk.statistics.indicators.domain.IndicatorSummary;
import com.programdesk.statistics.indicators.service.IndicatorMaintenance;
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
 * The indicators of the catalogue (指标): a lazily loaded grid searched by code or name, the retired ones on
 * request; a row opens the editor (read-only for indicators another area keeps).
 */
@Route("statistics/indicators")
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
@Menu(order = 903, title = "nav.indicators", icon = "vaadin:chart-line")
class IndicatorListView extends Div implements HasDynamicTitle {

    final SearchField search = new SearchField(getTranslation("indicator.search"), "18rem", this::refresh);
    final Checkbox showRetired = new Checkbox(getTranslation("indicator.showRetired"));
    final Button add = new Button(getTranslation("indicator.new"), VaadinIcon.PLUS.create());
    final Grid<IndicatorSummary> grid = new Grid<>();
    final CatalogueFileBar fileBar;
    private final transient IndicatorMaintenance indicators;
    private final transient StatisticsCatalog catalog;

    IndicatorListView(IndicatorMaintenance indicators, CatalogueFileActions file, StatisticsCatalog catalog) {
        this.catalog = catalog;
        this.indicators = indicators;
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
        add.addClickListener(e -> openEditor(new IndicatorDefinition(), true));
        Div toolbar = new Div(new H2(getTranslation("nav.indicators")), search, showRetired, add, fileBar);
        toolbar.addClassName("view-toolbar");
        return toolbar;
    }

    private void configureGrid() {
        grid.addColumn(IndicatorSummary::code).setHeader(getTranslation("indicator.field.code")).setWidth("15rem").setFlexGrow(0)
                .setResizable(true).setTooltipGenerator(IndicatorSummary::code);
        grid.addColumn(s -> s.name(getLocale())).setHeader(getTranslation("indicator.field.name")).setFlexGrow(2).setResizable(true);
        grid.addColumn(IndicatorSummary::formula).setHeader(getTranslation("indicator.field.formula")).setFlexGrow(3)
                .setResizable(true).setTooltipGenerator(IndicatorSummary::formula);
        grid.addColumn(s -> IndicatorEditor.factorLabel(this, s.factor())).setHeader(getTranslation("indicator.field.factor"))
                .setWidth("7rem").setFlexGrow(0);
        grid.addColumn(s -> getTranslation(s.direction().messageKey())).setHeader(getTranslation("indicator.field.direction"))
                .setWidth("8rem").setFlexGrow(0);
        grid.addColumn(StatusBadge.of((IndicatorSummary s) -> !s.retired(),
                        s -> getTranslation(s.retired() ? "indicator.status.retired" : "indicator.status.inUse")))
                .setHeader(getTranslation("indicator.field.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("grid.empty"));
        grid.setSizeFull();
        grid.addItemClickListener(e -> openEditor(e.getItem()));
    }

    void refresh() {
        String text = search.getValue();
        boolean withRetired = showRetired.getValue();
        grid.setItems(q -> indicators.search(text, withRetired, q.getOffset(), q.getLimit()).stream(),
                q -> indicators.count(text, withRetired));
    }

    void openEditor(IndicatorSummary summary) {
        indicators.find(summary.id()).ifPresent(indicator -> openEditor(indicator, summary.mayEdit()));
    }

    private void openEditor(IndicatorDefinition indicator, boolean mayEdit) {
        new IndicatorEditor(indicators, catalog.elements(), indicator, mayEdit, this::refresh).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.indicators") + " | " + getTranslation("app.name");
    }
}
