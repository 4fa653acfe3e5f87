package com.programdesk.supervision.fieldwork.ui;

import com.programdesk.base.ui.DateFormats;
import com.programdesk.program.plan.service.ProgramService;
import com.programdesk.security.domain.Roles;
import com.programdesk.supervision.rounds.domain.RoundKind;
import com.programdesk.supervision.rounds.domain.RoundSummary;
import com.programdesk.supervision.rounds.domain.SupervisionRound;
import com.programdesk.supervision.rounds.service.RoundService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * "机构自查": the institution's own self-inspections against the bureau's checklists, newest first,
 * with how many of the problems it found are closed; a new one opens its checklist at once.
 */
@Route(SelfInspectionListView.ROUTE)
@RolesAllowed({Roles.INSTITUTION, Roles.ASSOCIATION})
@Menu(order = 56, title = "nav.selfInspections", icon = "vaadin:clipboard-user")
class SelfInspectionListView extends Div implements HasDynamicTitle {

    static final String ROUTE = "self-inspections";

    final Grid<RoundSummary> grid = new Grid<>(RoundSummary.class, false);
    final Button start;

    SelfInspectionListView(RoundService rounds, ProgramService programs) {
        addClassName("view");
        setSizeFull();
        grid.addColumn(RoundSummary::title).setHeader(getTranslation("round.field.title")).setFlexGrow(4).setTooltipGenerator(RoundSummary::title);
        grid.addColumn(RoundSummary::programName).setHeader(getTranslation("activity.field.program")).setFlexGrow(3);
        grid.addColumn(r -> DateFormats.date(r.startsOn(), getLocale()) + " – " + DateFormats.date(r.endsOn(), getLocale()))
                .setHeader(getTranslation("round.field.period")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.closedFindings() + " / " + r.findings()).setHeader(getTranslation("round.field.closedFindings"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(LitRenderer.<RoundSummary>of("<span theme=\"badge\">${item.label}</span>")
                        .withProperty("label", r -> getTranslation(r.status().messageKey())))
                .setHeader(getTranslation("round.field.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("selfInspection.empty"));
        grid.setSizeFull();
        grid.setItems(q -> rounds.search(RoundKind.SELF_INSPECTION, q.getOffset(), q.getLimit()).stream(),
                q -> rounds.count(RoundKind.SELF_INSPECTION));
        grid.addItemClickListener(e -> rounds.find(e.getItem().id()).ifPresent(this::open));
        start = new Button(getTranslation("selfInspection.new"), VaadinIcon.PLUS.create(),
                e -> new SelfInspectionEditor(rounds, programs, this::open).open());
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div toolbar = new Div(new H2(getTranslation("nav.selfInspections")), start);
        toolbar.addClassName("view-toolbar");
        Paragraph help = new Paragraph(getTranslation("selfInspection.help"));
        help.addClassName("secondary");
        add(toolbar, help, grid);
    }

    private void open(SupervisionRound round) {
        long institutionId = round.institutionIds().iterator().next();
        getUI().ifPresent(ui -> ui.navigate("supervision/" + round.getId() + "/visits/" + institutionId));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.selfInspections") + " | " + getTranslation("app.name");
    }
}
