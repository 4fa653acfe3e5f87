package com.programdesk.institution.ui;

import com.programdesk.area.service.AreaService;
import com.programdesk.area.ui.AreaPicker;
import com.programdesk.base.domain.PhoneNumbers;
import com.programdesk.base.ui.SearchField;
import com.programdesk.base.ui.StatusBadge;
import com.programdesk.institution.domain.Institution;
import com.programdesk.institution.domain.InstitutionFilter;
import com.programdesk.institution.domain.InstitutionType;
import com.programdesk.institution.service.InstitutionService;
import com.programdesk.security.domain.Roles;
import com.programdesk.security.service.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;

/** The institution directory: a lazily loaded, filterable grid; managers open a row to edit it. */
@Route("institutions")
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.VIEWER})
@Menu(order = 900, title = "nav.institutions", icon = "vaadin:building")
class InstitutionListView extends Div implements HasDynamicTitle {

    private final InstitutionService institutions;
    private final AreaService areas;
    private final boolean canEdit;
    private final SearchField search = new SearchField(getTranslation("institution.search"), "18rem", this::refresh);
    private final ComboBox<InstitutionType> type = new ComboBox<>();
    private final Select<StatusFilter> status = new Select<>();
    final AreaPicker area;
    final Grid<Institution> grid = new Grid<>(Institution.class, false);

    InstitutionListView(InstitutionService institutions, AreaService areas, CurrentUser currentUser) {
        this.institutions = institutions;
        this.areas = areas;
        this.area = new AreaPicker(areas, null).activeOnly(false).clearable(true).placeholder(getTranslation("institution.filter.area"));
        this.canEdit = currentUser.require().role().name().equals(Roles.ADMIN)
                || currentUser.require().role().name().equals(Roles.COORDINATOR);
        addClassName("view");
        setSizeFull();
        add(toolbar(), grid);
        configureGrid();
        refresh();
    }

    private Div toolbar() {

        type.setPlaceholder(getTranslation("institution.field.type"));
        type.setItems(InstitutionType.values());
        type.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
        type.setClearButtonVisible(true);
        type.addValueChangeListener(e -> refresh());
        type.setAriaLabel(getTranslation("institution.field.type"));

        status.setItems(StatusFilter.values());
        status.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        status.setValue(StatusFilter.ACTIVE);
        status.addValueChangeListener(e -> refresh());
        status.setAriaLabel(getTranslation("institution.field.active"));

        area.setWidth("18rem");
        area.setAriaLabel(getTranslation("institution.field.area"));
        area.addValueChangeListener(e -> refresh());

        Div toolbar = new Div(new H2(getTranslation("nav.institutions")), search, area, type, status);
        toolbar.addClassName("view-toolbar");
        if (canEdit) {
            Button add = new Button(getTranslation("institution.new"), VaadinIcon.PLUS.create(), e -> openEditor(new Institution()));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(add);
        }
        return toolbar;
    }

    private void configureGrid() {
        grid.addColumn(Institution::getNameZh).setHeader(getTranslation("institution.field.nameZh"))
                .setSortProperty("nameZh").setWidth("16rem").setFlexGrow(3).setResizable(true).setTooltipGenerator(Institution::getNameZh);
        grid.addColumn(Institution::getShortName).setHeader(getTranslation("institution.field.shortName")).setWidth("8rem").setFlexGrow(1);
        grid.addColumn(Institution::getCode).setHeader(getTranslation("institution.field.code")).setSortProperty("code")
                .setWidth("8.5rem").setFlexGrow(0);
        grid.addColumn(i -> getTranslation(i.getType().messageKey())).setHeader(getTranslation("institution.field.type"))
                .setSortProperty("type").setWidth("8rem").setFlexGrow(1);
        grid.addColumn(Institution::getTownship).setHeader(getTranslation("institution.field.township")).setWidth("7rem").setFlexGrow(1);
        grid.addColumn(Institution::getContactPerson).setHeader(getTranslation("institution.field.contactPerson")).setWidth("6rem").setFlexGrow(1);
        grid.addColumn(i -> PhoneNumbers.mask(i.getContactPhone())).setHeader(getTranslation("institution.field.contactPhone"))
                .setWidth("9.5rem").setFlexGrow(0);
        grid.addColumn(StatusBadge.of(Institution::isActive,
                        i -> getTranslation(i.isActive() ? "institution.active" : "institution.inactive"))).setHeader(getTranslation("institution.field.active")).setFlexGrow(0).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("grid.empty"));
        grid.setSizeFull();
        grid.addItemClickListener(e -> openEditor(e.getItem()));
    }

    void refresh() {
        InstitutionFilter filter = new InstitutionFilter(search.getValue(), type.getValue(), status.getValue().active()).withArea(area.getValue());
        grid.setItems(
                query -> institutions.search(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) institutions.count(filter));
    }

    void openEditor(Institution institution) {
        new InstitutionEditor(institutions, areas, institution, canEdit, this::refresh).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.institutions") + " | " + getTranslation("app.name");
    }

    enum StatusFilter {
        ACTIVE(true), INACTIVE(false), ALL(null);

        private final Boolean active;

        StatusFilter(Boolean active) {
            this.active = active;
        }

        Boolean active() {
            return active;
        }

        String messageKey() {
            return "institution.status." + name();
        }
    }
}
