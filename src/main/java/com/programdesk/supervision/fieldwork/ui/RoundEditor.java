package com.programdesk.supervision.fieldwork.ui;

import com.programdesk.base.ui.ConflictNotice;
import com.programdesk.base.ui.FieldLimits;
import com.programdesk.base.ui.FormErrors;
import com.programdesk.base.ui.FormSave;
import com.programdesk.base.ui.LocalizedDatePicker;
import com.programdesk.institution.domain.InstitutionSummary;
import com.programdesk.institution.service.InstitutionService;
import com.programdesk.program.plan.domain.Program;
import com.programdesk.program.plan.service.ProgramService;
import com.programdesk.supervision.checklists.domain.ChecklistTemplate;
import com.programdesk.supervision.checklists.service.ChecklistTemplateService;
import com.programdesk.supervision.rounds.domain.SupervisionRound;
import com.programdesk.supervision.rounds.service.RoundService;
import com.programdesk.user.domain.UserChoice;
import com.programdesk.user.service.UserService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;

/** Plans a supervision round or changes its plan: program, period, checklist, institutions to visit, inspectors. */
class RoundEditor extends Dialog {

    final TextField title = FieldLimits.maxLength(new TextField(), SupervisionRound.TITLE_MAX);
    final ComboBox<Program> program = new ComboBox<>();
    final LocalizedDatePicker startsOn = new LocalizedDatePicker();
    final LocalizedDatePicker endsOn = new LocalizedDatePicker();
    final ComboBox<ChecklistTemplate> checklist = new ComboBox<>();
    final MultiSelectComboBox<InstitutionSummary> institutionsField = com.programdesk.base.ui.ScreenReaderTexts.multiSelect(new MultiSelectComboBox<>());
    final MultiSelectComboBox<UserChoice> inspectors = com.programdesk.base.ui.ScreenReaderTexts.multiSelect(new MultiSelectComboBox<>());
    final Button save = new Button();
    private final ConflictNotice conflict = new ConflictNotice();

    RoundEditor(RoundService rounds, ProgramService programs, InstitutionService institutions, UserService users,
                ChecklistTemplateService checklists, SupervisionRound existing, Consumer<SupervisionRound> saved) {
        SupervisionRound round = existing == null ? new SupervisionRound() : existing.copy();
        setHeaderTitle(getTranslation(existing == null ? "round.new" : "round.edit"));
        setWidth("min(44rem, 95vw)");
        title.setLabel(getTranslation("round.field.title"));
        title.setPlaceholder(getTranslation("round.title.example"));
        program.setLabel(getTranslation("activity.field.program"));
        program.setItems(q -> programs.search(q.getFilter().orElse(""), PageRequest.of(q.getPage(), q.getPageSize())).stream());
        program.setItemLabelGenerator(Program::getTitle);
        startsOn.setLabel(getTranslation("round.field.startsOn"));
        endsOn.setLabel(getTranslation("round.field.endsOn"));
        checklist.setLabel(getTranslation("round.field.checklist"));
        List<ChecklistTemplate> templates = checklists.latest();
        checklist.setItems(templates);
        checklist.setItemLabelGenerator(t -> getTranslation("checklist.label", t.getName(), t.getVersionNo()));
        institutionsField.setLabel(getTranslation("round.field.institutions"));
        institutionsField.setItems(q -> institutions.lookup(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        institutionsField.setItemLabelGenerator(InstitutionSummary::label);
        inspectors.setLabel(getTranslation("round.field.inspectors"));
        inspectors.setHelperText(getTranslation("round.inspectors.help"));
        inspectors.setItems(users.inspectorCandidates());
        inspectors.setItemLabelGenerator(UserChoice::displayName);
        title.setRequiredIndicatorVisible(true);
        startsOn.setRequiredIndicatorVisible(true);
        endsOn.setRequiredIndicatorVisible(true);
        program.setRequiredIndicatorVisible(true);
        checklist.setRequiredIndicatorVisible(true);
        institutionsField.setRequiredIndicatorVisible(true);
        inspectors.setRequiredIndicatorVisible(true);
        if (existing != null) {
            title.setValue(round.getTitle());
            programs.find(round.getProgramId()).ifPresent(program::setValue);
            startsOn.setValue(round.getStartsOn());
            endsOn.setValue(round.getEndsOn());
            checklists.find(round.getChecklistTemplateId()).ifPresent(checklist::setValue);
            institutionsField.setValue(institutions.summariesOf(round.institutionIds()));
            inspectors.setValue(new HashSet<>(users.choicesOf(round.inspectorIds())));
        } else if (!templates.isEmpty()) {
            checklist.setValue(templates.getFirst());
        }
        FormLayout form = new FormLayout(title, program, startsOn, endsOn, checklist, institutionsField, inspectors);
        form.setColspan(title, 2);
        form.setColspan(program, 2);
        form.setColspan(checklist, 2);
        form.setColspan(institutionsField, 2);
        form.setColspan(inspectors, 2);
        add(conflict, form);
        FormErrors errors = new FormErrors().bind("title", title).bind("programId", program).bind("startsOn", startsOn).bind("endsOn", endsOn)
                .bind("checklistTemplateId", checklist).bind("institutions", institutionsField).bind("inspectors", inspectors);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            round.setTitle(title.getValue());
            round.setProgramId(program.getValue() == null ? null : program.getValue().getId());
            round.setStartsOn(startsOn.getValue());
            round.setEndsOn(endsOn.getValue());
            round.setChecklistTemplateId(checklist.getValue() == null ? null : checklist.getValue().getId());
            round.setInstitutionIds(institutionsField.getValue().stream().map(InstitutionSummary::id).collect(Collectors.toSet()));
            round.setInspectorIds(inspectors.getValue().stream().map(UserChoice::id).collect(Collectors.toSet()));
            FormSave.run(() -> {
                SupervisionRound stored = rounds.save(round);
                close();
                saved.accept(stored);
            }, ex -> errors.show(ex, SupervisionRound.TITLE_MAX), () -> conflict.show(save));
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
