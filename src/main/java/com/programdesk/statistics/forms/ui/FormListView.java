package com.programdesk.statistics.forms.ui;

import com.programdesk.base.ui.SearchField;
import com.programdesk.base.ui.StatusBadge;
import com.programdesk.security.domain.Roles;
import com.programdesk.statistics.catalog.domain.FormVersion;
import com.programdesk.statistics.catalog.service.CatalogueFileActions;
import com.programdesk.statistics.catalog.service.StatisticsCatalog;
import com.programdesk.statistics.catalog.ui.CatalogueFileBar;
import com.programdesk.area.service.AreaService;
import com.programdesk.statistics.forms.domain.FormDefinition;
import com.programdesk.statistics.forms.domain.FormSummary;
import com.programdesk.statistics.forms.service.FormMaintenance;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The report forms of the catalogue (报表): a lazily loaded grid with each form's schedule and newest
 * version; a row opens the editor, which also sets who files a form by area and type (the list by hand stays on
 * the reports page's assignment tab).
 */
@Route("statistics/forms")
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
@Menu(order = 904, title = "nav.reportForms", icon = "vaadin:table")
class FormListView extends Div implements HasDynamicTitle {

    final SearchField search = new SearchField(getTranslation("reportForm.search"), "18rem", this::refresh);
    final Checkbox showRetired = new Checkbox(getTranslation("reportForm.showRetired"));
    final Button add = new Button(getTranslation("reportForm.new"), VaadinIcon.PLUS.create());
    final Grid<FormSummary> grid = new Grid<>();
    final CatalogueFileBar fileBar;
    private final transient FormMaintenance forms;
    private final transient StatisticsCatalog catalog;
    private final transient AreaService areas;

    FormListView(FormMaintenance forms, StatisticsCatalog catalog, CatalogueFileActions file, AreaService areas) {
        this.forms = forms;
        this.areas = areas;
        this.catalog = catalog;
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
        add.addClickListener(e -> openEditor(new FormDefinition(), true));
        Anchor assignment = new Anchor("reports", getTranslation("reportForm.assignmentLink"));
        Div toolbar = new Div(new H2(getTranslation("nav.reportForms")), search, showRetired, add, assignment, fileBar);
        toolbar.addClassName("view-toolbar");
        return toolbar;
    }

    private void configureGrid() {
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
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("grid.empty"));
        grid.setSizeFull();
        grid.addItemClickListener(e -> openEditor(e.getItem()));
    }

    void refresh() {
        String text = search.getValue();
        boolean withRetired = showRetired.getValue();
        grid.setItems(q -> forms.search(text, withRetired, q.getOffset(), q.getLimit()).stream(),
                q -> forms.count(text, withRetired));
    }

    void openEditor(FormSummary summary) {
        forms.find(summary.id()).ifPresent(form -> openEditor(form, summary.mayEdit()));
    }

    private void openEditor(FormDefinition form, boolean mayEdit) {
        new FormEditor(forms, areas, catalog.offeredElements(), catalog.elements(), form, mayEdit, this::refresh).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.reportForms") + " | " + getTranslation("app.name");
    }
}
