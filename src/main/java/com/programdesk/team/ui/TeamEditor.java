package com.programdesk.team.ui;

import com.programdesk.base.ui.ConflictNotice;
import com.programdesk.base.ui.FieldLimits;
import com.programdesk.base.ui.FormErrors;
import com.programdesk.base.ui.FormSave;
import com.programdesk.institution.domain.InstitutionSummary;
import com.programdesk.institution.service.InstitutionService;
import com.programdesk.team.domain.Team;
import com.programdesk.team.domain.TeamKind;
import com.programdesk.team.service.TeamService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;

/** Sets up a team or changes it: name, kind, the institution that keeps it, leader, description, active. */
class TeamEditor extends Dialog {

    final TextField name = FieldLimits.maxLength(new TextField(), Team.NAME_MAX);
    final ComboBox<TeamKind> kind = new ComboBox<>();
    final ComboBox<InstitutionSummary> owner = new ComboBox<>();
    final TextField leader = FieldLimits.maxLength(new TextField(), Team.LEADER_MAX);
    final TextArea description = new TextArea();
    final Checkbox active = new Checkbox();
    final Button save = new Button();
    private final ConflictNotice conflict = new ConflictNotice();

    TeamEditor(TeamService teams, InstitutionService institutions, Team existing, Consumer<Team> saved) {
        Team team = existing == null ? new Team() : existing.copy();
        setHeaderTitle(getTranslation(existing == null ? "team.new" : "team.edit"));
        setWidth("min(40rem, 95vw)");
        name.setLabel(getTranslation("team.field.name"));
        name.setRequiredIndicatorVisible(true);
        kind.setLabel(getTranslation("team.field.kind"));
        kind.setItems(TeamKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        kind.setRequiredIndicatorVisible(true);
        owner.setLabel(getTranslation("team.field.owner"));
        owner.setItems(q -> institutions.lookup(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        owner.setItemLabelGenerator(InstitutionSummary::label);
        owner.setRequiredIndicatorVisible(true);
        leader.setLabel(getTranslation("team.field.leader"));
        description.setLabel(getTranslation("team.field.description"));
        description.setMaxLength(Team.DESCRIPTION_MAX);
        active.setLabel(getTranslation("team.field.active"));
        name.setValue(team.getName() == null ? "" : team.getName());
        kind.setValue(team.getKind());
        if (team.getOwnerInstitutionId() != null) {
            institutions.summariesOf(List.of(team.getOwnerInstitutionId())).stream().findFirst().ifPresent(owner::setValue);
        }
        leader.setValue(team.getLeaderName() == null ? "" : team.getLeaderName());
        description.setValue(team.getDescription() == null ? "" : team.getDescription());
        active.setValue(team.isActive());
        FormLayout form = new FormLayout(name, kind, owner, leader, description, active);
        form.setColspan(name, 2);
        form.setColspan(description, 2);
        add(conflict, form);
        FormErrors errors = new FormErrors().bind("name", name).bind("kind", kind).bind("ownerInstitutionId", owner)
                .bind("leaderName", leader).bind("description", description);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            team.setName(name.getValue());
            team.setKind(kind.getValue());
            team.setOwnerInstitutionId(owner.getValue() == null ? null : owner.getValue().id());
            team.setLeaderName(leader.getValue());
            team.setDescription(description.getValue());
            team.setActive(active.getValue());
            FormSave.run(() -> {
                Team stored = teams.saveTeam(team);
                close();
                saved.accept(stored);
            }, ex -> errors.show(ex, Team.NAME_MAX), () -> conflict.show(save));
        });
        getFooter().add(new Button(getTranslation("action.cancel"), ev -> close()), save);
    }
}
