package com.programdesk.supervision.fieldwork.ui;

import com.programdesk.base.ui.FieldLimits;
import com.programdesk.base.ui.FormErrors;
import com.programdesk.base.ui.FormSave;
import com.programdesk.base.ui.LocalizedDatePicker;
import com.programdesk.program.plan.domain.Program;
import com.programdesk.program.plan.service.ProgramService;
import com.programdesk.supervision.checklists.domain.ChecklistTemplate;
import com.programdesk.supervision.rounds.domain.SupervisionRound;
import com.programdesk.supervision.rounds.service.RoundService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;

/** Starts a self-inspection (机构自查) of the user's own institution: program, period and the bureau checklist to check against. */
class SelfInspectionEditor extends Dialog {

    final TextField title = FieldLimits.maxLength(new TextField(), SupervisionRound.TITLE_MAX);
    final ComboBox<Program> program = new ComboBox<>();
    final LocalizedDatePicker startsOn = new LocalizedDatePicker();
    final LocalizedDatePicker endsOn = new LocalizedDatePicker();
    final ComboBox<ChecklistTemplate> checklist = new ComboBox<>();
    final Button save = new Button();

    SelfInspectionEditor(RoundService rounds, ProgramService programs, Consumer<SupervisionRound> saved) {
        setHeaderTitle(getTranslation("selfInspection.new"));
        setWidth("min(40rem, 95vw)");
        title.setLabel(getTranslation("round.field.title"));
        title.setPlaceholder(getTranslation("selfInspection.title.example"));
        program.setLabel(getTranslation("activity.field.program"));
        program.setItems(programs.running());
        program.setItemLabelGenerator(Program::getTitle);
        startsOn.setLabel(getTranslation("round.field.startsOn"));
        endsOn.setLabel(getTranslation("round.field.endsOn"));
        checklist.setLabel(getTranslation("round.field.checklist"));
        List<ChecklistTemplate> templates = rounds.selfInspectionChecklists();
        checklist.setItems(templates);
        checklist.setItemLabelGenerator(t -> getTranslation("checklist.label", t.getName(), t.getVersionNo()));
        if (!templates.isEmpty()) {
            checklist.setValue(templates.getFirst());
        }
        title.setRequiredIndicatorVisible(true);
        program.setRequiredIndicatorVisible(true);
        startsOn.setRequiredIndicatorVisible(true);
        endsOn.setRequiredIndicatorVisible(true);
        checklist.setRequiredIndicatorVisible(true);
        FormLayout form = new FormLayout(title, program, startsOn, endsOn, checklist);
        form.setColspan(title, 2);
        form.setColspan(program, 2);
        form.setColspan(checklist, 2);
        add(form);
        FormErrors errors = new FormErrors().bind("title", title).bind("programId", program).bind("startsOn", startsOn).bind("endsOn", endsOn)
                .bind("checklistTemplateId", checklist);
        save.setText(getTranslation("selfInspection.start"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            SupervisionRound round = new SupervisionRound();
            round.setTitle(title.getValue());
            round.setProgramId(program.getValue() == null ? null : program.getValue().getId());
            round.setStartsOn(startsOn.getValue());
            round.setEndsOn(endsOn.getValue());
            round.setChecklistTemplateId(checklist.getValue() == null ? null : checklist.getValue().getId());
            FormSave.run(() -> {
                SupervisionRound stored = rounds.startSelfInspection(round);
                close();
                saved.accept(stored);
            }, ex -> errors.show(ex, SupervisionRound.TITLE_MAX), () -> { });
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
