package com.programdesk.program.ui;

import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.base.ui.ConflictNotice;
import com.programdesk.base.ui.FieldLimits;
import com.programdesk.base.ui.FormErrors;
import com.programdesk.base.ui.LocalizedDatePicker;
import com.programdesk.program.domain.ActivityType;
import com.programdesk.program.domain.Audience;
import com.programdesk.program.domain.ExpectedBy;
import com.programdesk.program.domain.Program;
import com.programdesk.program.domain.Target;
import com.programdesk.program.domain.TargetDirection;
import com.programdesk.program.domain.TargetMeasure;
import com.programdesk.program.domain.WorkStream;
import com.programdesk.program.service.TargetService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;

/** Defines a target: what is counted (the formula), the value to reach, and over which period. */
class TargetEditor extends Dialog {

    final TextField name = FieldLimits.maxLength(new TextField(), Target.NAME_MAX);
    final TextField unit = FieldLimits.maxLength(new TextField(), Target.UNIT_MAX);
    final ComboBox<TargetDirection> direction = new ComboBox<>();
    final BigDecimalField targetValue = new BigDecimalField();
    final ComboBox<TargetMeasure> measure = new ComboBox<>();
    final MultiSelectComboBox<ActivityType> types = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Audience> audiences = new MultiSelectComboBox<>();
    final ComboBox<WorkStream> workStream = new ComboBox<>();
    final ComboBox<ExpectedBy> expectedBy = new ComboBox<>();
    final DatePicker periodStart = new LocalizedDatePicker();
    final DatePicker periodEnd = new LocalizedDatePicker();
    final Button save = new Button();
    final ConflictNotice conflict = new ConflictNotice();

    private final TargetService targets;
    private final Target original;
    private final Runnable onSaved;
    private final Binder<Target> binder = new Binder<>(Target.class);
    private final FormErrors formErrors = new FormErrors();

    TargetEditor(TargetService targets, Program program, Target target, List<WorkStream> streams, Runnable onSaved) {
        this.targets = targets;
        this.original = target;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(target.isNew() ? "target.new" : "target.edit"));
        setWidth("min(48rem, 95vw)");
        name.setLabel(getTranslation("target.field.name"));
        name.setPlaceholder("青春健康教育讲座");
        unit.setLabel(getTranslation("target.field.unit"));
        unit.setPlaceholder("场");
        direction.setLabel(getTranslation("target.field.direction"));
        direction.setItems(TargetDirection.values());
        direction.setItemLabelGenerator(d -> getTranslation(d.messageKey()));
        targetValue.setLabel(getTranslation("target.field.targetValue"));
        targetValue.setI18n(new BigDecimalField.BigDecimalFieldI18n().setBadInputErrorMessage(getTranslation("target.error.valueRange")));
        measure.setLabel(getTranslation("target.field.measure"));
        measure.setItems(TargetMeasure.values());
        measure.setItemLabelGenerator(m -> getTranslation(m.messageKey()));
        types.setLabel(getTranslation("target.field.activityTypes"));
        types.setItems(ActivityType.values());
        types.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
        types.setHelperText(getTranslation("target.help.emptyMeansAll"));
        measure.addValueChangeListener(e -> types.setHelperText(getTranslation(typesHelpFor(e.getValue()))));
        audiences.setLabel(getTranslation("target.field.audiences"));
        audiences.setItems(Audience.values());
        audiences.setItemLabelGenerator(a -> getTranslation(a.messageKey()));
        audiences.setHelperText(getTranslation("target.help.emptyMeansAll"));
        workStream.setLabel(getTranslation("activity.field.workStream"));
        workStream.setItems(streams);
        workStream.setItemLabelGenerator(WorkStream::getName);
        workStream.setClearButtonVisible(true);
        expectedBy.setLabel(getTranslation("target.field.expectedBy"));
        expectedBy.setItems(ExpectedBy.values());
        expectedBy.setItemLabelGenerator(e -> getTranslation(e.messageKey()));
        periodStart.setLabel(getTranslation("target.field.periodStart"));
        periodStart.setPlaceholder(getTranslation("target.help.programPeriod"));
        periodEnd.setLabel(getTranslation("target.field.periodEnd"));
        periodEnd.setPlaceholder(getTranslation("target.help.programPeriod"));
        periodStart.setMin(program.getPeriodStart());
        periodStart.setMax(program.getPeriodEnd());
        periodEnd.setMin(program.getPeriodStart());
        periodEnd.setMax(program.getPeriodEnd());

        String required = getTranslation("validation.required");
        binder.forField(name).asRequired(required).bind(Target::getName, Target::setName);
        binder.forField(unit).asRequired(required).bind(Target::getUnit, Target::setUnit);
        binder.forField(direction).asRequired(required).bind(Target::getDirection, Target::setDirection);
        binder.forField(targetValue).asRequired(required)
                .withValidator(v -> v.signum() >= 0 && v.compareTo(Target.VALUE_MAX) <= 0, getTranslation("target.error.valueRange"))
                .bind(Target::getTargetValue, Target::setTargetValue);
        binder.forField(measure).asRequired(required).bind(Target::getMeasure, Target::setMeasure);
        binder.forField(types).bind(Target::activityTypeSet, Target::setActivityTypeSet);
        binder.forField(audiences).bind(Target::audienceSet, Target::setAudienceSet);
        binder.forField(workStream).bind(t -> streams.stream().filter(s -> s.getId().equals(t.getWorkStreamId())).findFirst().orElse(null),
                (t, s) -> t.setWorkStreamId(s == null ? null : s.getId()));
        binder.forField(expectedBy).asRequired(required).bind(Target::getExpectedBy, Target::setExpectedBy);
        binder.forField(periodStart).withValidator(d -> d == null || program.covers(d), getTranslation("target.error.outsideProgram"))
                .bind(Target::getPeriodStart, Target::setPeriodStart);
        binder.forField(periodEnd).withValidator(d -> d == null || program.covers(d), getTranslation("target.error.outsideProgram"))
                .withValidator(d -> d == null || periodStart.getValue() == null || !d.isBefore(periodStart.getValue()),
                        getTranslation("validation.endBeforeStart"))
                .bind(Target::getPeriodEnd, Target::setPeriodEnd);
        formErrors.bind("name", name).bind("unit", unit).bind("targetValue", targetValue).bind("workStreamId", workStream)
                .bind("periodStart", periodStart).bind("periodEnd", periodEnd);

        if (target.isNew()) {
            target.setMeasure(TargetMeasure.DONE_ACTIVITY_COUNT);
        }
        binder.readBean(target);
        FormLayout form = new FormLayout(name, unit, measure, direction, targetValue, expectedBy, types, audiences, workStream,
                periodStart, periodEnd);
        form.setColspan(name, 2);
        add(conflict, form);

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        if (!target.isNew()) {
            Button delete = new Button(getTranslation("action.delete"), e -> delete());
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            delete.getStyle().set("margin-inline-end", "auto");
            getFooter().add(delete);
        }
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    /** Member-event measures read the activity types as the association's event types. */
    private static String typesHelpFor(TargetMeasure chosen) {
        boolean memberEvents = chosen == TargetMeasure.MEMBER_EVENT_COUNT || chosen == TargetMeasure.MEMBER_EVENT_PARTICIPANTS;
        return memberEvents ? "target.help.memberEventTypes" : "target.help.emptyMeansAll";
    }

    void save() {
        Target edited = original.copy();
        if (!binder.writeBeanIfValid(edited)) {
            return;
        }
        try {
            Target saved = targets.save(edited);
            Notification.show(getTranslation("target.saved", saved.getName())).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            close();
            onSaved.run();
        } catch (InvalidFieldException e) {
            formErrors.show(e);
        } catch (OptimisticLockingFailureException e) {
            showConflict();
        }
    }

    private void delete() {
        try {
            targets.delete(original);
            close();
            onSaved.run();
        } catch (OptimisticLockingFailureException e) {
            showConflict();
        }
    }

    private void showConflict() {
        conflict.show(save);
    }
}
