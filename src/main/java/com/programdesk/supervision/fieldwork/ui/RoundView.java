package com.programdesk.supervision.fieldwork.ui;

import com.programdesk.base.ui.DateFormats;
import com.programdesk.base.ui.Facts;
import com.programdesk.base.ui.LazyTabSheet;
import com.programdesk.base.ui.NoteDialog;
import com.programdesk.institution.service.InstitutionService;
import com.programdesk.program.plan.service.ProgramService;
import com.programdesk.security.domain.Role;
import com.programdesk.security.domain.Roles;
import com.programdesk.security.service.CurrentUser;
import com.programdesk.supervision.checklists.service.ChecklistTemplateService;
import com.programdesk.supervision.findings.domain.FindingFilter;
import com.programdesk.supervision.findings.service.FindingService;
import com.programdesk.supervision.findings.ui.FindingGrid;
import com.programdesk.supervision.findings.ui.FindingView;
import com.programdesk.supervision.reports.service.RoundReportService;
import com.programdesk.supervision.reports.ui.RoundReportPanel;
import com.programdesk.expertise.domain.CommentTargetKind;
import com.programdesk.expertise.service.CommentService;
import com.programdesk.expertise.ui.CommentPanel;
import com.programdesk.supervision.rounds.domain.RoundStatus;
import com.programdesk.supervision.rounds.domain.SupervisionRound;
import com.programdesk.supervision.rounds.domain.VisitSummary;
import com.programdesk.supervision.rounds.service.RoundService;
import com.programdesk.user.domain.UserChoice;
import com.programdesk.user.service.UserService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Map;
import java.util.stream.Collectors;

/** One supervision round: its plan, the institutions to visit and their visits, its findings, and its report. */
@Route("supervision")
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.VIEWER})
class RoundView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

    private final RoundService rounds;
    private final FindingService findings;
    private final RoundReportService reports;
    private final ProgramService programs;
    private final InstitutionService institutions;
    private final UserService users;
    private final ChecklistTemplateService checklists;
    private final CurrentUser currentUser;
    private final Clock clock;
    private SupervisionRound round;
    final Div actions = new Div();
    Grid<VisitSummary> visits;
    LazyTabSheet tabs;

    private final CommentService comments;

    RoundView(CommentService comments, RoundService rounds, FindingService findings, RoundReportService reports, ProgramService programs,
              InstitutionService institutions, UserService users, ChecklistTemplateService checklists, CurrentUser currentUser, Clock clock) {
        this.rounds = rounds;
        this.findings = findings;
        this.reports = reports;
        this.comments = comments;
        this.programs = programs;
        this.institutions = institutions;
        this.users = users;
        this.checklists = checklists;
        this.currentUser = currentUser;
        this.clock = clock;
        addClassName("view");
        addClassName("detail-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        round = rounds.find(id).orElseThrow(NotFoundException::new);
        render();
    }

    private void render() {
        removeAll();
        Span status = new Span(getTranslation(round.getStatus().messageKey()));
        status.getElement().getThemeList().add("badge");
        Div header = new Div(new H2(round.getTitle()), status);
        header.addClassName("view-toolbar");
        tabs = new LazyTabSheet();
        tabs.add(getTranslation("round.tab.visits"), visits());
        tabs.addLazy(getTranslation("round.tab.findings"), this::findingsTab);
        long roundId = round.getId();
        tabs.addLazy(getTranslation("round.tab.report"), () -> {
            RoundReportPanel report = new RoundReportPanel(reports, roundId);
            report.add(new CommentPanel(comments, CommentTargetKind.ROUND_REPORT, roundId));
            return report;
        });
        tabs.setWidthFull();
        add(header, facts(), actions(), tabs);
    }

    private Facts facts() {
        Facts facts = new Facts();
        facts.add("activity.field.program", programs.find(round.getProgramId()).map(p -> p.getTitle()).orElse(""));
        facts.add("round.field.period", DateFormats.date(round.getStartsOn(), getLocale()) + " – " + DateFormats.date(round.getEndsOn(), getLocale()));
        facts.add("round.field.checklist", checklists.find(round.getChecklistTemplateId())
                .map(t -> getTranslation("checklist.label", t.getName(), t.getVersionNo())).orElse(""));
        facts.add("round.field.inspectors", users.choicesOf(round.inspectorIds()).stream().map(UserChoice::displayName)
                .collect(Collectors.joining("、")));
        return facts;
    }

    private Div actions() {
        actions.removeAll();
        actions.addClassName("view-toolbar");
        Role role = currentUser.require().role();
        if (role != Role.ADMIN && role != Role.COORDINATOR) {
            return actions;
        }
        for (RoundStatus target : round.getStatus().next().stream().sorted().toList()) {
            boolean forward = target.ordinal() > round.getStatus().ordinal();
            String label = getTranslation((forward ? "round.action." : "round.action.back.") + target.name());
            Button move = new Button(label, e -> new NoteDialog(label, getTranslation("task.field.note"), label, false, 1000,
                    note -> rounds.move(round, target, note), this::reload)
                    .confirming(getTranslation("round.done.moved", getTranslation(target.messageKey()))).open());
            if (forward) {
                move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            actions.add(move);
        }
        if (round.getStatus() != RoundStatus.CLOSED && !round.isSelfInspection()) {
            actions.add(new Button(getTranslation("action.edit"), e -> new RoundEditor(rounds, programs, institutions, users, checklists,
                    round, saved -> reload()).open()));
        }
        return actions;
    }

    private Div visits() {
        visits = new Grid<>(VisitSummary.class, false);
        visits.addColumn(VisitSummary::institutionName).setHeader(getTranslation("finding.field.institution")).setFlexGrow(3);
        visits.addColumn(v -> v.visitDate() == null ? getTranslation("visit.notYet") : DateFormats.date(v.visitDate(), getLocale()))
                .setHeader(getTranslation("visit.field.date")).setAutoWidth(true).setFlexGrow(0);
        visits.addColumn(v -> v.itemsChecked() == 0 ? "—" : v.compliant() + " / " + v.itemsChecked())
                .setHeader(getTranslation("visit.field.compliant")).setAutoWidth(true).setFlexGrow(0);
        visits.addColumn(v -> v.findings() - v.openFindings() + " / " + v.findings())
                .setHeader(getTranslation("round.field.closedFindings")).setAutoWidth(true).setFlexGrow(0);
        boolean canRecord = round.getStatus().acceptsVisits() && rounds.canRecord(round);
        // the grid fires no item click for a click on a button in a cell, so the button opens the visit itself
        // a visit not yet recorded offers nothing to someone who may not record it: no button that leads nowhere
        visits.addColumn(LitRenderer.<VisitSummary>of("<vaadin-button theme=\"small\" ?hidden=${!item.opens} @click=${open}>${item.label}</vaadin-button>")
                        .withProperty("opens", v -> v.visitId() != null || canRecord)
                        .withProperty("label", v -> getTranslation(v.visitId() == null ? "visit.record" : canRecord ? "visit.continue" : "visit.open"))
                        .withFunction("open", v -> openVisit(v, canRecord)))
                .setAutoWidth(true).setFlexGrow(0);
        visits.setItems(rounds.visits(round.getId()));
        visits.setAllRowsVisible(true);
        visits.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        visits.addItemClickListener(e -> openVisit(e.getItem(), canRecord));
        return new Div(new H3(getTranslation("round.field.institutions")), visits);
    }

    private void openVisit(VisitSummary visit, boolean canRecord) {
        if (visit.visitId() != null || canRecord) {
            getUI().ifPresent(ui -> ui.navigate(VisitView.class, new RouteParameters(
                    Map.of("roundId", String.valueOf(round.getId()), "institutionId", String.valueOf(visit.institutionId())))));
        }
    }

    private Div findingsTab() {
        FindingGrid grid = new FindingGrid(clock, true, false);
        FindingFilter filter = FindingFilter.none().withRound(round.getId());
        grid.setItems(q -> findings.search(filter, q.getOffset(), q.getLimit()).stream(), q -> findings.count(filter));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(FindingView.class, e.getItem().id())));
        grid.setHeight("30rem");
        return new Div(grid);
    }

    private void reload() {
        round = rounds.find(round.getId()).orElseThrow(NotFoundException::new);
        render();
    }

    @Override
    public String getPageTitle() {
        return (round == null ? getTranslation("nav.supervision") : round.getTitle()) + " | " + getTranslation("app.name");
    }
}
