package com.programdesk.team.ui;

import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.base.ui.DateFormats;
import com.programdesk.program.activities.domain.Activity;
import com.programdesk.program.activities.domain.ActivityStatus;
import com.programdesk.team.domain.AssignmentRow;
import com.programdesk.team.domain.DoubleBooking;
import com.programdesk.team.domain.MemberSummary;
import com.programdesk.team.domain.TeamSummary;
import com.programdesk.team.service.StaffingService;
import com.programdesk.team.service.TeamService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;

/**
 * Who serves one activity: the members on it (hours correctable once it is done), and a search by
 * skill and name to add more — those already busy at that time are marked, and putting them on
 * anyway asks for a reason.
 */
class StaffingDialog extends Dialog {

    final Grid<AssignmentRow> assigned = new Grid<>(AssignmentRow.class, false);
    final ComboBox<String> skill = new ComboBox<>();
    final TextField name = new TextField();
    final Grid<MemberSummary> candidates = new Grid<>(MemberSummary.class, false);
    final ComboBox<TeamSummary> team = new ComboBox<>();
    final Button assignSelected = new Button();
    final Button assignTeam = new Button();
    final Div warning = new Div();
    final TextField reason = new TextField();
    final Button assignAnyway = new Button();
    private final StaffingService staffing;
    private final TeamService teams;
    private final Activity activity;
    private final Set<Long> busy = new HashSet<>();
    private IntSupplier pending = () -> 0;

    StaffingDialog(StaffingService staffing, TeamService teams, Activity activity) {
        this.staffing = staffing;
        this.teams = teams;
        this.activity = activity;
        setHeaderTitle(getTranslation("staffing.dialog", activity.getTitle()));
        setWidth("min(64rem, 98vw)");
        boolean canStaff = staffing.canStaff(activity);
        Paragraph when = new Paragraph(activity.getStartsAt() == null ? getTranslation("staffing.undated")
                : DateFormats.dateTimeToMinute(activity.getStartsAt(), getLocale())
                + (activity.getEndsAt() == null ? "" : " – " + DateFormats.time(activity.getEndsAt(), getLocale())));
        assigned.addColumn(AssignmentRow::memberName).setHeader(getTranslation("member.field.name")).setAutoWidth(true);
        assigned.addColumn(a -> getTranslation(a.role().messageKey())).setHeader(getTranslation("member.field.role")).setAutoWidth(true);
        assigned.addColumn(AssignmentRow::teamName).setHeader(getTranslation("hours.column.team")).setFlexGrow(2);
        assigned.addColumn(a -> a.hours() == null ? "—" : a.hours() + (a.hoursCorrected() ? " *" : ""))
                .setHeader(getTranslation("hours.column.hours")).setAutoWidth(true).setTooltipGenerator(AssignmentRow::hoursNote);
        assigned.addColumn(AssignmentRow::overlapReason).setHeader(getTranslation("staffing.column.overlapReason")).setFlexGrow(2);
        if (canStaff) {
            assigned.addColumn(LitRenderer.<AssignmentRow>of("<vaadin-button theme=\"tertiary-inline small\" ?hidden=${!item.done}"
                                    + " @click=${hours}>${item.hoursLabel}</vaadin-button> <vaadin-button theme=\"tertiary-inline small error\""
                                    + " @click=${remove}>${item.removeLabel}</vaadin-button>")
                            .withProperty("done", a -> activity.getStatus() == ActivityStatus.DONE)
                            .withProperty("hoursLabel", a -> getTranslation("staffing.correctHours"))
                            .withProperty("removeLabel", a -> getTranslation("staffing.remove"))
                            .withFunction("hours", a -> new HoursDialog(staffing, a, this::refreshAssigned).open())
                            .withFunction("remove", a -> {
                                staffing.unassign(a.id());
                                refreshAssigned();
                            }))
                    .setAutoWidth(true).setFlexGrow(0);
        }
        assigned.addThemeVariants(GridVariant.LUMO_COMPACT);
        assigned.setEmptyStateText(getTranslation("staffing.nobody"));
        assigned.setAllRowsVisible(true);
        add(when, new H3(getTranslation("staffing.assigned")), assigned);
        if (canStaff) {
            add(addSection());
        }
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
        refreshAssigned();
    }

    private Div addSection() {
        skill.setPlaceholder(getTranslation("member.field.skills"));
        skill.setAriaLabel(getTranslation("member.field.skills"));
        skill.setItems(teams.skills());
        skill.setClearButtonVisible(true);
        name.setPlaceholder(getTranslation("member.field.name"));
        name.setAriaLabel(getTranslation("member.field.name"));
        name.setClearButtonVisible(true);
        name.setValueChangeMode(ValueChangeMode.LAZY);
        candidates.addColumn(LitRenderer.<MemberSummary>of("${item.name} <span theme=\"badge error small\" ?hidden=${!item.busy}>${item.busyLabel}</span>")
                        .withProperty("name", MemberSummary::name).withProperty("busy", m -> busy.contains(m.id()))
                        .withProperty("busyLabel", m -> getTranslation("staffing.busy")))
                .setHeader(getTranslation("member.field.name")).setAutoWidth(true);
        candidates.addColumn(m -> getTranslation(m.role().messageKey())).setHeader(getTranslation("member.field.role")).setAutoWidth(true);
        candidates.addColumn(MemberSummary::teamName).setHeader(getTranslation("hours.column.team")).setFlexGrow(2);
        candidates.addColumn(MemberSummary::skills).setHeader(getTranslation("member.field.skills")).setFlexGrow(3);
        candidates.setSelectionMode(Grid.SelectionMode.MULTI);
        candidates.addThemeVariants(GridVariant.LUMO_COMPACT);
        candidates.setHeight("min(16rem, 30vh)"); // the dialog, warning and 仍然安排 included, fits a 1366×768 screen
        skill.addValueChangeListener(e -> refreshCandidates());
        name.addValueChangeListener(e -> refreshCandidates());
        assignSelected.setText(getTranslation("staffing.assignSelected"));
        assignSelected.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        assignSelected.addClickListener(e -> {
            List<Long> ids = candidates.getSelectedItems().stream().map(MemberSummary::id).toList();
            attempt(() -> staffing.assign(activity.getId(), ids, null), () -> staffing.assign(activity.getId(), ids, reason.getValue()), ids);
        });
        team.setPlaceholder(getTranslation("staffing.team"));
        team.setAriaLabel(getTranslation("staffing.team"));
        team.setItems(q -> teams.teams(q.getOffset(), q.getLimit()).stream());
        team.setItemLabelGenerator(TeamSummary::name);
        assignTeam.setText(getTranslation("staffing.assignTeam"));
        assignTeam.addClickListener(e -> {
            if (team.getValue() != null) {
                long teamId = team.getValue().id();
                List<Long> ids = teams.members(teamId, false, 0, 1000).stream().map(MemberSummary::id).toList();
                attempt(() -> staffing.assignTeam(activity.getId(), teamId, null),
                        () -> staffing.assignTeam(activity.getId(), teamId, reason.getValue()), ids);
            }
        });
        warning.addClassName("staffing-warning");
        warning.setVisible(false);
        reason.setLabel(getTranslation("staffing.reason"));
        reason.setWidthFull();
        assignAnyway.setText(getTranslation("staffing.assignAnyway"));
        assignAnyway.addThemeVariants(ButtonVariant.LUMO_ERROR);
        assignAnyway.addClickListener(e -> {
            try {
                done(pending.getAsInt());
            } catch (InvalidFieldException ex) {
                reason.setErrorMessage(getTranslation(ex.messageKey(), 300));
                reason.setInvalid(true);
            }
        });
        Div search = new Div(skill, name);
        search.addClassName("view-toolbar");
        Div teamBar = new Div(team, assignTeam);
        teamBar.addClassName("view-toolbar");
        refreshCandidates();
        return new Div(new H3(getTranslation("staffing.add")), search, candidates, assignSelected, teamBar, warning);
    }

    /** Tries without a reason; when someone is double-booked, shows who and where, and waits for a reason. */
    private void attempt(IntSupplier withoutReason, IntSupplier withReason, Collection<Long> memberIds) {
        try {
            done(withoutReason.getAsInt());
        } catch (InvalidFieldException ex) {
            if (!"reason".equals(ex.field())) {
                Notification.show(getTranslation(ex.messageKey())).addThemeVariants(NotificationVariant.LUMO_ERROR);
                return;
            }
            List<DoubleBooking> clashes = staffing.doubleBookings(activity.getId(), memberIds);
            UnorderedList list = new UnorderedList();
            clashes.forEach(c -> list.add(new ListItem(getTranslation("staffing.clash", c.memberName(), c.otherTitle(),
                    DateFormats.dateTimeToMinute(c.otherStart(), getLocale())))));
            warning.removeAll();
            warning.add(new Paragraph(getTranslation("staffing.doubleBooked")), list, reason, assignAnyway);
            reason.clear();
            reason.setInvalid(false);
            warning.setVisible(true);
            pending = withReason;
            warning.scrollIntoView();
            reason.focus();
        }
    }

    private void done(int added) {
        warning.setVisible(false);
        candidates.deselectAll();
        Notification.show(getTranslation("staffing.assignedCount", added)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        refreshAssigned();
        refreshCandidates();
    }

    private void refreshAssigned() {
        assigned.setItems(staffing.assignments(activity.getId()));
    }

    private void refreshCandidates() {
        String chosenSkill = skill.getValue();
        String text = name.getValue();
        candidates.setItems(q -> {
            List<MemberSummary> page = teams.candidates(chosenSkill, text, q.getOffset(), q.getLimit());
            busy.addAll(staffing.doubleBookings(activity.getId(), page.stream().map(MemberSummary::id).toList()).stream()
                    .map(DoubleBooking::memberId).collect(Collectors.toSet()));
            return page.stream();
        }, q -> teams.countCandidates(chosenSkill, text));
    }

}
