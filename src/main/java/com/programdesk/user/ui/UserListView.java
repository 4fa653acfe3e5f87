package com.programdesk.user.ui;

import com.programdesk.area.service.AreaService;
import com.programdesk.base.ui.SearchField;
import com.programdesk.base.ui.StatusBadge;
import com.programdesk.institution.service.InstitutionService;
import com.programdesk.security.domain.Role;
import com.programdesk.security.domain.Roles;
import com.programdesk.user.domain.AppUser;
import com.programdesk.user.domain.UserFilter;
import com.programdesk.user.service.UserService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Administrators find, create and edit user accounts. */
@Route("users")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 910, title = "nav.users", icon = "vaadin:users")
class UserListView extends Div implements HasDynamicTitle {

    private final UserService users;
    private final InstitutionService institutions;
    private final AreaService areas;
    private final SearchField search = new SearchField(getTranslation("user.search"), "16rem", this::refresh);
    private final ComboBox<Role> role = new ComboBox<>();
    final Grid<AppUser> grid = new Grid<>(AppUser.class, false);
    /** Institution names of the rows fetched so far, loaded one page at a time. */
    private final Map<Long, String> institutionNames = new HashMap<>();

    UserListView(UserService users, InstitutionService institutions, AreaService areas) {
        this.users = users;
        this.areas = areas;
        this.institutions = institutions;
        addClassName("view");
        setSizeFull();

        role.setPlaceholder(getTranslation("user.field.role"));
        role.setAriaLabel(getTranslation("user.field.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        role.setClearButtonVisible(true);
        role.addValueChangeListener(e -> refresh());
        Button add = new Button(getTranslation("user.new"), VaadinIcon.PLUS.create(), e -> openEditor(new AppUser()));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div toolbar = new Div(new H2(getTranslation("nav.users")), search, role, add);
        toolbar.addClassName("view-toolbar");

        grid.addColumn(AppUser::getUsername).setHeader(getTranslation("user.field.username")).setSortProperty("username");
        grid.addColumn(AppUser::getDisplayName).setHeader(getTranslation("user.field.displayName")).setSortProperty("displayName").setFlexGrow(2);
        grid.addColumn(u -> getTranslation(u.getRole().messageKey())).setHeader(getTranslation("user.field.role")).setSortProperty("role");
        grid.addColumn(u -> institutionNames.getOrDefault(u.getInstitutionId(), ""))
                .setHeader(getTranslation("user.field.institution")).setFlexGrow(2);
        grid.addColumn(StatusBadge.of(AppUser::isEnabled, u -> getTranslation(u.isEnabled() ? "user.enabled" : "user.disabled"))).setHeader(getTranslation("user.field.enabled")).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("grid.empty"));
        grid.setSizeFull();
        grid.addItemClickListener(e -> openEditor(e.getItem()));

        add(toolbar, grid);
        refresh();
    }

    void refresh() {
        UserFilter filter = new UserFilter(search.getValue(), role.getValue(), null);
        grid.setItems(query -> {
                    List<AppUser> page = users.search(filter, VaadinSpringDataHelpers.toSpringPageRequest(query));
                    institutionNames.putAll(institutions.namesOf(page.stream().map(AppUser::getInstitutionId).toList()));
                    return page.stream();
                },
                query -> (int) users.count(filter));
    }

    void openEditor(AppUser user) {
        new UserEditor(users, institutions, areas, user, this::refresh).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.users") + " | " + getTranslation("app.name");
    }
}
