package com.programdesk.statistics.forms.ui;

import com.programdesk.base.ui.StatusBadge;
import com.programdesk.security.domain.Roles;
import com.programdesk.statistics.catalog.domain.FormVersion;
import com.programdesk.statistics.catalog.service.CatalogueFileActions;
import com.programdesk.statistics.catalog.ui.CatalogueListView;
import com.programdesk.statistics.catalog.service.StatisticsCatalog;
import com.programdesk.area.service.AreaService;
import com.programdesk.statistics.forms.domain.FormDefinition;
import com.programdesk.statistics.forms.domain.FormSummary;
import com.programdesk.statistics.forms.service.FormMaintenance;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * The report forms of the catalogue (报表): a lazily loaded grid with each form's schedule and newest
 * version; a row opens the editor, which also sets who files a form by area and type (the list by hand stays on
 * the reports page's assignment tab).
 */
@Route("statistics/forms")
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
@Menu(order = 904, title = "nav.reportForms", icon = "vaadin:table")
class FormListView extends CatalogueListView<FormSummary> {

    private final transient FormMaintenance forms;
    private final transient StatisticsCatalog catalog;
    private final transient AreaService areas;

    FormListView(FormMaintenance forms, StatisticsCatalog catalog, CatalogueFileActions file, AreaService areas) {
        super("reportForm", "nav.reportForms", file);
        this.forms = forms;
        this.areas = areas;
        this.catalog = catalog;
        layOut(new Anchor("reports", getTranslation("reportForm.assignmentLink")));
    }

    @Override
    protected List<FormSummary> page(String text, boolean withRetired, int offset, int limit) {
        return forms.search(text, withRetired, offset, limit);
    }

    @Override
    protected int count(String text, boolean withRetired) {
        return forms.count(text, withRetired);
    }

    @Override
    protected void addColumns(Grid<FormSummary> grid) {
        grid.addColumn(FormSummary::code).setHeader(getTranslation("reportForm.field.code")).setWidth("13rem").setFlexGrow(0).setResizable(true);
        grid.addColumn(s -> s.name(getLocale())).setHeader(getTranslation("reportForm.field.name")).setFlexGrow(3).setResizable(true);
        grid.addColumn(s -> getTranslation(s.frequency().messageKey())).setHeader(getTranslation("reportForm.field.frequency"))
                .setWidth("6rem").setFlexGrow(0);
        grid.addColumn(FormSummary::dueDay).setHeader(getTranslation("reportForm.field.dueDay")).setWidth("6rem").setFlexGrow(0);
        grid.addColumn(s -> getTranslation("reportForm.versionNumber", s.versionNumber()))
                .setHeader(getTranslation("reportForm.field.version")).setWidth("6rem").setFlexGrow(0);
        grid.addColumn(s -> s.validFrom().equals(FormVersion.SINCE_EVER) ? getTranslation("reportForm.validFrom.always") : s.frequency().label(s.validFrom())).setHeader(getTranslation("reportForm.field.validFrom"))
                .setWidth("8rem").setFlexGrow(0);
        grid.addColumn(StatusBadge.of(FormSummary::active,
                        s -> getTranslation(s.active() ? "reportForm.status.active" : "reportForm.status.retired")))
                .setHeader(getTranslation("reportForm.field.status")).setAutoWidth(true).setFlexGrow(0);
    }

    @Override
    protected void openNew() {
        openEditor(new FormDefinition(), true);
    }

    @Override
    protected void openEditor(FormSummary summary) {
        forms.find(summary.id()).ifPresent(form -> openEditor(form, summary.mayEdit()));
    }

    private void openEditor(FormDefinition form, boolean mayEdit) {
        new FormEditor(forms, areas, catalog.offeredElements(), catalog.elements(), form, mayEdit, this::refresh).open();
    }
}
