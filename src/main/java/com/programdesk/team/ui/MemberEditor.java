package com.programdesk.team.ui;

import com.programdesk.base.ui.ConflictNotice;
import com.programdesk.base.ui.FieldLimits;
import com.programdesk.base.ui.FormErrors;
import com.programdesk.base.ui.FormSave;
import com.programdesk.base.ui.LocalizedDatePicker;
import com.programdesk.institution.domain.InstitutionSummary;
import com.programdesk.institution.service.InstitutionService;
import com.programdesk.team.domain.MemberRole;
import com.programdesk.team.domain.TeamMember;
import com.programdesk.team.service.TeamService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Adds a member to a team or changes one. The phone is typed in full but never shown in full here:
 * an existing number is kept unless a new one is typed.
 */
class MemberEditor extends Dialog {

    final TextField name = FieldLimits.maxLength(new TextField(), TeamMember.NAME_MAX);
    final ComboBox<MemberRole> role = new ComboBox<>();
    final MultiSelectComboBox<String> skills = com.programdesk.base.ui.ScreenReaderTexts.multiSelect(new MultiSelectComboBox<>());
    final ComboBox<InstitutionSummary> institution = new ComboBox<>();
    final TextField phone = FieldLimits.maxLength(new TextField(), 30);
    final LocalizedDatePicker joinedOn = new LocalizedDatePicker();
    final LocalizedDatePicker leftOn = new LocalizedDatePicker();
    final Button save = new Button();
    private final ConflictNotice conflict = new ConflictNotice();

    MemberEditor(TeamService teams, InstitutionService institutions, TeamMember existing, long teamId, Consumer<TeamMember> saved) {
        TeamMember member = existing == null ? new TeamMember(teamId, null, null, LocalDate.now()) : existing.copy();
        setHeaderTitle(getTranslation(existing == null ? "member.new" : "member.edit"));
        setWidth("min(40rem, 95vw)");
        name.setLabel(getTranslation("member.field.name"));
        name.setRequiredIndicatorVisible(true);
        role.setLabel(getTranslation("member.field.role"));
        role.setItems(MemberRole.values());
        role.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        role.setRequiredIndicatorVisible(true);
        Set<String> knownSkills = new TreeSet<>(teams.skills());
        knownSkills.addAll(member.skillNames());
        skills.setLabel(getTranslation("member.field.skills"));
        skills.setHelperText(getTranslation("member.skills.help"));
        skills.setItems(knownSkills);
        skills.setAllowCustomValue(true);
        skills.addCustomValueSetListener(e -> {
            Set<String> chosen = new HashSet<>(skills.getValue());
            knownSkills.add(e.getDetail().strip());
            skills.setItems(knownSkills);
            chosen.add(e.getDetail().strip());
            skills.setValue(chosen);
        });
        institution.setLabel(getTranslation("member.field.institution"));
        institution.setItems(q -> institutions.lookupAll(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        institution.setItemLabelGenerator(InstitutionSummary::label);
        institution.setClearButtonVisible(true);
        phone.setLabel(getTranslation("member.field.phone"));
        phone.setHelperText(getTranslation(member.getPhone() == null ? "member.phone.help" : "member.phone.keep"));
        joinedOn.setLabel(getTranslation("member.field.joinedOn"));
        joinedOn.setRequiredIndicatorVisible(true);
        leftOn.setLabel(getTranslation("member.field.leftOn"));
        leftOn.setClearButtonVisible(true);
        name.setValue(member.getName() == null ? "" : member.getName());
        role.setValue(member.getRole());
        skills.setValue(member.skillNames());
        if (member.getInstitutionId() != null) {
            institutions.summariesOf(List.of(member.getInstitutionId())).stream().findFirst().ifPresent(institution::setValue);
        }
        joinedOn.setValue(member.getJoinedOn());
        leftOn.setValue(member.getLeftOn());
        FormLayout form = new FormLayout(name, role, skills, institution, phone, joinedOn, leftOn);
        form.setColspan(skills, 2);
        add(conflict, form);
        FormErrors errors = new FormErrors().bind("name", name).bind("role", role).bind("skills", skills).bind("phone", phone)
                .bind("joinedOn", joinedOn).bind("leftOn", leftOn);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            member.setName(name.getValue());
            member.setRole(role.getValue());
            member.setSkillNames(skills.getValue());
            member.setInstitutionId(institution.getValue() == null ? null : institution.getValue().id());
            if (!phone.getValue().isBlank() || existing == null) {
                member.setPhone(phone.getValue());
            }
            member.setJoinedOn(joinedOn.getValue());
            member.setLeftOn(leftOn.getValue());
            FormSave.run(() -> {
                TeamMember stored = teams.saveMember(member);
                close();
                saved.accept(stored);
            }, ex -> errors.show(ex, TeamMember.NAME_MAX), () -> conflict.show(save));
        });
        getFooter().add(new Button(getTranslation("action.cancel"), ev -> close()), save);
    }
}
