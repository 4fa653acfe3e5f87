package com.programdesk.api.ui;

import com.programdesk.api.domain.ApiClientRow;
import com.programdesk.api.domain.ApiScope;
import com.programdesk.api.service.ApiClientService;
import com.programdesk.area.service.AreaService;
import com.programdesk.base.ui.DateFormats;
import com.programdesk.base.ui.StatusBadge;
import com.programdesk.institution.service.InstitutionService;
import com.programdesk.security.domain.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.stream.Collectors;

/**
 * 接口客户端: administrators create the API clients of the regional platforms (a token shown once) and
 * revoke them; the list shows each client's binding, scopes, expiry, state and last use.
 */
@Route("api-clients")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 915, title = "nav.apiClients", icon = "vaadin:connect")
class ApiClientsView extends Div implements HasDynamicTitle {

    private final ApiClientService clients;
    private final AreaService areas;
    private final InstitutionService institutions;
    private final Clock clock;
    final Grid<ApiClientRow> grid = new Grid<>(ApiClientRow.class, false);
    final Button create = new Button(getTranslation("api.client.new"), VaadinIcon.PLUS.create());

    ApiClientsView(ApiClientService clients, AreaService areas, InstitutionService institutions, Clock clock) {
        this.clients = clients;
        this.areas = areas;
        this.institutions = institutions;
        this.clock = clock;
        addClassName("view");
        setSizeFull();

        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> openCreate());
        Anchor docs = new Anchor("/api/docs/index.html", getTranslation("api.client.docs"));
        docs.setTarget("_blank");
        Div toolbar = new Div(new H2(getTranslation("nav.apiClients")), create, docs);
        toolbar.addClassName("view-toolbar");

        grid.addColumn(ApiClientRow::name).setHeader(getTranslation("api.client.name")).setFlexGrow(2);
        grid.addColumn(ApiClientRow::boundTo).setHeader(getTranslation("api.client.boundTo")).setFlexGrow(2);
        grid.addColumn(c -> c.scopes().stream().sorted().map(ApiScope::code).collect(Collectors.joining(" ")))
                .setHeader(getTranslation("api.client.scopes")).setFlexGrow(3);
        grid.addColumn(c -> c.tokenHint() + "…").setHeader(getTranslation("api.client.token")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> DateFormats.dateTimeToMinute(c.expiresAt(), getLocale())).setHeader(getTranslation("api.client.expiresAt"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> c.lastUsedAt() == null ? "" : DateFormats.dateTimeToMinute(c.lastUsedAt(), getLocale()))
                .setHeader(getTranslation("api.client.lastUsed")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(StatusBadge.of(c -> state(c).equals("ACTIVE"), c -> getTranslation("api.client.state." + state(c))))
                .setHeader(getTranslation("api.client.state")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(c -> {
            Button revoke = new Button(getTranslation("api.client.revoke"), e -> confirmRevoke(c));
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            revoke.setVisible(!c.revoked());
            return revoke;
        })).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("api.client.empty"));
        grid.setSizeFull();

        add(toolbar, grid);
        refresh();
    }

    void refresh() {
        grid.setItems(query -> clients.list(query.getOffset(), query.getLimit()).stream(), query -> clients.count());
    }

    ApiClientDialog openCreate() {
        ApiClientDialog dialog = new ApiClientDialog(clients, areas, institutions, clock, issued -> {
            refresh();
            new TokenDialog(issued).open();
        });
        dialog.open();
        return dialog;
    }

    ConfirmDialog confirmRevoke(ApiClientRow client) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("api.client.revokeTitle", client.name()));
        confirm.setText(getTranslation("api.client.revokeText"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("api.client.revoke"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            clients.revoke(client.id());
            refresh();
        });
        confirm.open();
        return confirm;
    }

    private String state(ApiClientRow client) {
        return client.revoked() ? "REVOKED" : client.expired(LocalDateTime.now(clock)) ? "EXPIRED" : "ACTIVE";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.apiClients") + " | " + getTranslation("app.name");
    }
}
