package com.programdesk.supervision.fieldwork.ui;

import com.programdesk.base.ui.DateFormats;
import com.programdesk.institution.service.InstitutionService;
import com.programdesk.program.plan.service.ProgramService;
import com.programdesk.security.domain.Role;
import com.programdesk.security.domain.Roles;
import com.programdesk.security.service.CurrentUser;
import com.programdesk.supervision.checklists.service.ChecklistTemplateService;
import com.programdesk.supervision.rounds.domain.RoundKind;
import com.programdesk.supervision.rounds.domain.RoundSummary;
import com.programdesk.supervision.rounds.service.RoundService;
import com.programdesk.user.service.UserService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Supervision rounds (督导) and the institutions' self-inspections (机构自查) beside them, newest first, with how many of their findings are closed. */
@Route("supervision")
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.VIEWER})
@Menu(order = 130, title = "nav.supervision", icon = "vaadin:clipboard-check")
class RoundListView extends Div implements HasDynamicTitle {

    final Grid<RoundSummary> grid = new Grid<>(RoundSummary.class, false);
    final Select<RoundKind> kind = new Select<>();

    RoundListView(RoundService rounds, ProgramService programs, InstitutionService institutions, UserService users,
                  ChecklistTemplateService checklists, CurrentUser currentUser) {
        addClassName("view");
        setSizeFull();
        grid.addColumn(RoundSummary::title).setHeader(getTranslation("round.field.title")).setFlexGrow(4).setTooltipGenerator(RoundSummary::title);
        grid.addColumn(r -> r.kind() == RoundKind.SELF_INSPECTION ? getTranslation("round.kind.SELF_INSPECTION.of", r.institutionName())
                : getTranslation(r.kind().messageKey())).setHeader(getTranslation("round.field.kind")).setFlexGrow(2);
        grid.addColumn(r -> DateFormats.date(r.startsOn(), getLocale()) + " – " + DateFormats.date(r.endsOn(), getLocale()))
                .setHeader(getTranslation("round.field.period")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RoundSummary::institutions).setHeader(getTranslation("round.field.institutions")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.closedFindings() + " / " + r.findings()).setHeader(getTranslation("round.field.closedFindings"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(LitRenderer.<RoundSummary>of("<span theme=\"badge\">${item.label}</span>")
                        .withProperty("label", r -> getTranslation(r.status().messageKey())))
                .setHeader(getTranslation("round.field.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("grid.empty"));
        grid.setSizeFull();
        kind.setLabel(getTranslation("round.field.kind"));
        kind.setItems(RoundKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("round.kind.all"));
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("round.kind.all") : getTranslation(k.messageKey()));
        kind.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.setItems(q -> rounds.search(kind.getValue(), q.getOffset(), q.getLimit()).stream(), q -> rounds.count(kind.getValue()));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(RoundView.class, e.getItem().id())));
        Div toolbar = new Div(new H2(getTranslation("nav.supervision")), kind);
        toolbar.addClassName("view-toolbar");
        Role role = currentUser.require().role();
        if (role == Role.ADMIN || role == Role.COORDINATOR) {
            Button plan = new Button(getTranslation("round.new"), VaadinIcon.PLUS.create(), e -> new RoundEditor(rounds, programs, institutions,
                    users, checklists, null, saved -> getUI().ifPresent(ui -> ui.navigate(RoundView.class, saved.getId()))).open());
            plan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(plan);
        }
        add(toolbar, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.supervision") + " | " + getTranslation("app.name");
    }
}
