package com.programdesk.statistics.forms.ui;

import com.programdesk.base.ui.StatusBadge;
import com.programdesk.security.domain.Roles;
import com.programdesk.statistics.catalog.domain.ReportForm;
import com.programdesk.statistics.catalog.service.StatisticsCatalog;
import com.programdesk.statistics.rules.domain.RuleDefinition;
import com.programdesk.statistics.rules.service.RuleMaintenance;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

/**
 * One form's validation rules (报表维护 → a form → 审核规则): the rules of its newest version with their formula,
 * importance and message; a row opens the editor, where a rule is also tested on past reports. Who keeps the form
 * adds, edits and retires its rules; others only read them.
 */
@Route("statistics/forms/:formId(\\d+)/rules")
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
class RuleListView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    final H2 title = new H2();
    final Checkbox showRetired = new Checkbox(getTranslation("rule.showRetired"));
    final Button add = new Button(getTranslation("rule.new"), VaadinIcon.PLUS.create());
    final Paragraph notice = new Paragraph();
    final Grid<RuleDefinition> grid = new Grid<>();
    private final transient RuleMaintenance rules;
    private final transient StatisticsCatalog catalog;
    private ReportForm form;
    private boolean mayKeep;

    RuleListView(RuleMaintenance rules, StatisticsCatalog catalog) {
        this.rules = rules;
        this.catalog = catalog;
        addClassName("view");
        setSizeFull();
        showRetired.addValueChangeListener(e -> refresh());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> openEditor(new RuleDefinition(form.id())));
        notice.addClassName("secondary");
        Div toolbar = new Div(title, showRetired, add, new RouterLink(getTranslation("rule.backToForms"), FormListView.class));
        toolbar.addClassName("view-toolbar");
        add(toolbar, notice, grid);
        configureGrid();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long formId = event.getRouteParameters().getLong("formId").orElseThrow(NotFoundException::new);
        form = catalog.form(formId).orElseThrow(NotFoundException::new);
        mayKeep = rules.mayKeep(formId);
        title.setText(getTranslation("rule.title", form.name(getLocale())));
        add.setVisible(mayKeep);
        notice.setText(getTranslation(mayKeep ? "rule.help" : "rule.readOnly"));
        refresh();
    }

    private void configureGrid() {
        grid.addColumn(RuleDefinition::getCode).setHeader(getTranslation("rule.field.code")).setWidth("14rem").setFlexGrow(0).setResizable(true);
        grid.addColumn(RuleDefinition::formula).setHeader(getTranslation("rule.field.formula")).setFlexGrow(3).setResizable(true);
        grid.addColumn(r -> getTranslation(r.getSeverity().messageKey())).setHeader(getTranslation("rule.field.severity"))
                .setWidth("6rem").setFlexGrow(0);
        grid.addColumn(r -> r.message(getLocale())).setHeader(getTranslation("rule.field.message")).setFlexGrow(2).setResizable(true);
        grid.addColumn(StatusBadge.of(r -> !r.isRetired(), r -> getTranslation(r.isRetired() ? "rule.status.retired" : "rule.status.active")))
                .setHeader(getTranslation("rule.field.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("rule.none"));
        grid.setSizeFull();
        grid.addItemClickListener(e -> rules.find(e.getItem().getId()).ifPresent(this::openEditor));
    }

    void refresh() {
        if (form != null) {
            grid.setItems(rules.rules(form.id(), showRetired.getValue()));
        }
    }

    private void openEditor(RuleDefinition rule) {
        new RuleEditor(rules, form, rule, mayKeep, this::refresh).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rule.pageTitle") + " | " + getTranslation("app.name");
    }
}
