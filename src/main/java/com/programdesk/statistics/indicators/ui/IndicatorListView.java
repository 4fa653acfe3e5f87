package com.programdesk.statistics.indicators.ui;

import com.programdesk.base.ui.StatusBadge;
import com.programdesk.security.domain.Roles;
import com.programdesk.statistics.catalog.service.CatalogueFileActions;
import com.programdesk.statistics.catalog.ui.CatalogueListView;
import com.programdesk.statistics.catalog.service.StatisticsCatalog;
import com.programdesk.statistics.indicators.domain.IndicatorDefinition;
import com.programdesk.statistics.indicators.domain.IndicatorSummary;
import com.programdesk.statistics.indicators.service.IndicatorMaintenance;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * The indicators of the catalogue (指标): a lazily loaded grid searched by code or name, the retired ones on
 * request; a row opens the editor (read-only for indicators another area keeps).
 */
@Route("statistics/indicators")
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
@Menu(order = 903, title = "nav.indicators", icon = "vaadin:chart-line")
class IndicatorListView extends CatalogueListView<IndicatorSummary> {

    private final transient IndicatorMaintenance indicators;
    private final transient StatisticsCatalog catalog;

    IndicatorListView(IndicatorMaintenance indicators, CatalogueFileActions file, StatisticsCatalog catalog) {
        super("indicator", "nav.indicators", file);
        this.catalog = catalog;
        this.indicators = indicators;
        layOut();
    }

    @Override
    protected List<IndicatorSummary> page(String text, boolean withRetired, int offset, int limit) {
        return indicators.search(text, withRetired, offset, limit);
    }

    @Override
    protected int count(String text, boolean withRetired) {
        return indicators.count(text, withRetired);
    }

    @Override
    protected void addColumns(Grid<IndicatorSummary> grid) {
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
    }

    @Override
    protected void openNew() {
        openEditor(new IndicatorDefinition(), true);
    }

    @Override
    protected void openEditor(IndicatorSummary summary) {
        indicators.find(summary.id()).ifPresent(indicator -> openEditor(indicator, summary.mayEdit()));
    }

    private void openEditor(IndicatorDefinition indicator, boolean mayEdit) {
        new IndicatorEditor(indicators, catalog.elements(), indicator, mayEdit, this::refresh).open();
    }
}
