package com.programdesk.team.ui;

import com.programdesk.base.ui.DateFormats;
import com.programdesk.base.ui.LazyTabSheet;
import com.programdesk.institution.service.InstitutionService;
import com.programdesk.team.domain.MemberSummary;
import com.programdesk.team.domain.Team;
import com.programdesk.team.domain.TeamSummary;
import com.programdesk.team.service.StaffingService;
import com.programdesk.team.service.TeamService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;

/**
 * Service teams (服务指导团, 亲青服务团队, 志愿服务队) and their members, with phone numbers masked;
 * those who keep a team reveal one number at a time. A second tab ranks service hours.
 */
@Route("teams")
@PermitAll
@Menu(order = 140, title = "nav.teams", icon = "vaadin:group")
class TeamsView extends Div implements HasDynamicTitle {

    final Grid<TeamSummary> teams = new Grid<>(TeamSummary.class, false);
    final Grid<MemberSummary> members = new Grid<>(MemberSummary.class, false);
    final Checkbox showLeft = new Checkbox();
    final Button editTeam = new Button();
    final Button addMember = new Button();
    private final H3 membersTitle = new H3();
    private final TeamService teamService;
    private final InstitutionService institutions;
    private Team selected;

    TeamsView(TeamService teamService, StaffingService staffing, InstitutionService institutions, Clock clock) {
        this.teamService = teamService;
        this.institutions = institutions;
        addClassName("view");
        setSizeFull();
        teams.addColumn(TeamSummary::name).setHeader(getTranslation("team.field.name")).setFlexGrow(3);
        teams.addColumn(t -> getTranslation(t.kind().messageKey())).setHeader(getTranslation("team.field.kind")).setAutoWidth(true);
        teams.addColumn(TeamSummary::ownerName).setHeader(getTranslation("team.field.owner")).setFlexGrow(2);
        teams.addColumn(TeamSummary::leaderName).setHeader(getTranslation("team.field.leader")).setAutoWidth(true);
        teams.addColumn(TeamSummary::members).setHeader(getTranslation("team.field.members")).setAutoWidth(true).setFlexGrow(0);
        teams.addColumn(LitRenderer.<TeamSummary>of("<span theme=\"badge contrast small\" ?hidden=${item.active}>${item.label}</span>")
                .withProperty("active", TeamSummary::active).withProperty("label", t -> getTranslation("team.inactive")))
                .setAutoWidth(true).setFlexGrow(0);
        teams.setItems(q -> teamService.teams(q.getOffset(), q.getLimit()).stream(), q -> teamService.countTeams());
        teams.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        teams.setHeight("16rem");
        teams.addSelectionListener(e -> select(e.getFirstSelectedItem().flatMap(t -> teamService.team(t.id())).orElse(null)));

        members.addColumn(MemberSummary::name).setHeader(getTranslation("member.field.name")).setAutoWidth(true);
        members.addColumn(m -> getTranslation(m.role().messageKey())).setHeader(getTranslation("member.field.role")).setAutoWidth(true);
        members.addColumn(MemberSummary::skills).setHeader(getTranslation("member.field.skills")).setFlexGrow(3);
        members.addColumn(MemberSummary::institutionName).setHeader(getTranslation("member.field.institution")).setFlexGrow(2);
        members.addColumn(LitRenderer.<MemberSummary>of("<span>${item.phone}</span> <vaadin-button theme=\"tertiary-inline small\""
                        + " ?hidden=${!item.revealable} @click=${e => { e.stopPropagation(); reveal(); }}>${item.revealLabel}</vaadin-button>")
                        .withProperty("phone", m -> m.maskedPhone() == null ? "" : m.maskedPhone())
                        .withProperty("revealable", m -> m.maskedPhone() != null && selected != null && teamService.canManage(selected))
                        .withProperty("revealLabel", m -> getTranslation("member.reveal"))
                        .withFunction("reveal", this::reveal))
                .setHeader(getTranslation("member.field.phone")).setAutoWidth(true);
        members.addColumn(m -> m.leftOn() == null ? DateFormats.date(m.joinedOn(), getLocale())
                        : DateFormats.date(m.joinedOn(), getLocale()) + " – " + DateFormats.date(m.leftOn(), getLocale()))
                .setHeader(getTranslation("member.field.period")).setAutoWidth(true);
        members.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        members.setSizeFull();
        members.addItemClickListener(e -> {
            if (selected != null && teamService.canManage(selected)) {
                teamService.member(e.getItem().id()).ifPresent(m -> new MemberEditor(teamService, institutions, m, selected.getId(),
                        saved -> members.getDataProvider().refreshAll()).open());
            }
        });
        showLeft.setLabel(getTranslation("member.showLeft"));
        showLeft.addValueChangeListener(e -> showMembers());
        editTeam.setText(getTranslation("team.edit"));
        editTeam.addClickListener(e -> new TeamEditor(teamService, institutions, selected, saved -> {
            teams.getDataProvider().refreshAll();
            select(saved);
        }).open());
        addMember.setText(getTranslation("member.new"));
        addMember.setIcon(VaadinIcon.PLUS.create());
        addMember.addClickListener(e -> new MemberEditor(teamService, institutions, null, selected.getId(),
                saved -> members.getDataProvider().refreshAll()).open());

        Div toolbar = new Div(new H2(getTranslation("nav.teams")));
        toolbar.addClassName("view-toolbar");
        if (teamService.canCreateTeams()) {
            Button create = new Button(getTranslation("team.new"), VaadinIcon.PLUS.create(), e -> new TeamEditor(teamService, institutions,
                    null, saved -> teams.getDataProvider().refreshAll()).open());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(create);
        }
        Div memberBar = new Div(membersTitle, showLeft, editTeam, addMember);
        memberBar.addClassName("view-toolbar");
        Div teamsTab = new Div(teams, memberBar, members);
        teamsTab.addClassName("tab-panel");
        LazyTabSheet tabs = new LazyTabSheet();
        tabs.add(getTranslation("team.tab.teams"), teamsTab);
        tabs.addLazy(getTranslation("team.tab.hours"), () -> new ServiceHoursPanel(staffing, clock));
        tabs.setSizeFull();
        add(toolbar, tabs);
        select(null);
    }

    private void select(Team team) {
        selected = team;
        boolean manages = team != null && teamService.canManage(team);
        editTeam.setVisible(manages);
        addMember.setVisible(manages);
        showLeft.setVisible(team != null);
        membersTitle.setText(team == null ? getTranslation("team.pickOne") : getTranslation("team.membersOf", team.getName()));
        showMembers();
    }

    private void showMembers() {
        if (selected == null) {
            members.setItems(java.util.List.of());
            return;
        }
        long teamId = selected.getId();
        boolean includeLeft = showLeft.getValue();
        members.setItems(q -> teamService.members(teamId, includeLeft, q.getOffset(), q.getLimit()).stream(),
                q -> teamService.countMembers(teamId, includeLeft));
    }

    void reveal(MemberSummary member) {
        teamService.revealPhone(member.id()).ifPresent(phone -> Notification.show(getTranslation("member.revealed", member.name(), phone),
                8000, Notification.Position.MIDDLE));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.teams") + " | " + getTranslation("app.name");
    }
}
