package com.programdesk.program.targets.ui;

import com.programdesk.base.ui.ConflictNotice;
import com.programdesk.base.ui.DecimalField;
import com.programdesk.base.ui.FieldLimits;
import com.programdesk.base.ui.FormErrors;
import com.programdesk.base.ui.FormSave;
import com.programdesk.base.ui.LocalizedDatePicker;
import com.programdesk.institution.domain.InstitutionSummary;
import com.programdesk.institution.service.InstitutionService;
import com.programdesk.program.activities.domain.ActivityType;
import com.programdesk.program.activities.domain.Audience;
import com.programdesk.program.targets.domain.ExpectedBy;
import com.programdesk.program.plan.domain.Program;
import com.programdesk.program.targets.domain.ReportedIndicator;
import com.programdesk.program.targets.domain.Target;
import com.programdesk.program.targets.domain.TargetDirection;
import com.programdesk.program.targets.domain.TargetMeasure;
import com.programdesk.program.plan.domain.WorkStream;
import com.programdesk.program.targets.service.TargetService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Defines a target: what is counted (the formula), the value to reach, and over which period. A
 * target from reported figures follows one indicator, of the city or of one institution; rising
 * and falling targets compare with last year and have no value to reach.
 */
public class TargetEditor extends Dialog {

    public final TextField name = FieldLimits.maxLength(new TextField(), Target.NAME_MAX);
    public final TextField unit = FieldLimits.maxLength(new TextField(), Target.UNIT_MAX);
    public final ComboBox<TargetDirection> direction = new ComboBox<>();
    public final DecimalField targetValue = new DecimalField(BigDecimal.ZERO, Target.VALUE_MAX, Target.VALUE_SCALE);
    public final ComboBox<TargetMeasure> measure = new ComboBox<>();
    public final ComboBox<ReportedIndicator> indicator = new ComboBox<>();
    public final ComboBox<InstitutionSummary> organiser = new ComboBox<>();
    public final MultiSelectComboBox<ActivityType> types = com.programdesk.base.ui.ScreenReaderTexts.multiSelect(new MultiSelectComboBox<>());
    public final MultiSelectComboBox<Audience> audiences = com.programdesk.base.ui.ScreenReaderTexts.multiSelect(new MultiSelectComboBox<>());
    public final ComboBox<WorkStream> workStream = new ComboBox<>();
    public final ComboBox<ExpectedBy> expectedBy = new ComboBox<>();
    public final LocalizedDatePicker periodStart = new LocalizedDatePicker();
    public final LocalizedDatePicker periodEnd = new LocalizedDatePicker();
    public final Button save = new Button();
    public final ConflictNotice conflict = new ConflictNotice();

    private final TargetService targets;
    private final Target original;
    private final Runnable onSaved;
    private final Binder<Target> binder = new Binder<>(Target.class);
    private final FormErrors formErrors = new FormErrors();

    public TargetEditor(TargetService targets, InstitutionService institutions, Program program, Target target,
                 List<WorkStream> streams, Runnable onSaved) {
        this.targets = targets;
        this.original = target;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(target.isNew() ? "target.new" : "target.edit"));
        setWidth("min(48rem, 95vw)");
        name.setLabel(getTranslation("target.field.name"));
        name.setPlaceholder(getTranslation("target.field.name.example"));
        unit.setLabel(getTranslation("target.field.unit"));
        unit.setPlaceholder(getTranslation("target.field.unit.example"));
        direction.setLabel(getTranslation("target.field.direction"));
        direction.setItems(TargetDirection.values());
        direction.setItemLabelGenerator(d -> getTranslation(d.messageKey()));
        targetValue.setLabel(getTranslation("target.field.targetValue"));
        measure.setLabel(getTranslation("target.field.measure"));
        measure.setItems(TargetMeasure.values());
        measure.setItemLabelGenerator(m -> getTranslation(m.messageKey()));
        types.setLabel(getTranslation("target.field.activityTypes"));
        types.setItems(ActivityType.values());
        types.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
        types.setHelperText(getTranslation("target.help.emptyMeansAll"));
        List<ReportedIndicator> indicators = targets.reportedIndicators();
        indicator.setLabel(getTranslation("target.field.indicator"));
        indicator.setItems(indicators);
        indicator.setItemLabelGenerator(i -> i.name(getLocale()) + " (" + i.unit(getLocale()) + ")");
        indicator.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                suggestNameAndUnit(e.getOldValue(), e.getValue());
            }
        });
        organiser.setItems(q -> institutions.lookup(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        organiser.setItemLabelGenerator(InstitutionSummary::label);
        organiser.setClearButtonVisible(true);
        measure.addValueChangeListener(e -> showFieldsFor(e.getValue()));
        direction.addValueChangeListener(e -> showFieldsFor(measure.getValue()));
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
        if (program.getPeriodStart() != null && program.getPeriodEnd() != null) {
            periodStart.setRange(program.getPeriodStart(), program.getPeriodEnd());
            periodEnd.setRange(program.getPeriodStart(), program.getPeriodEnd());
        }

        String required = getTranslation("validation.required");
        binder.forField(name).asRequired(required).bind(Target::getName, Target::setName);
        binder.forField(unit).asRequired(required).bind(Target::getUnit, Target::setUnit);
        binder.forField(direction).asRequired(required).bind(Target::getDirection, Target::setDirection);
        binder.forField(targetValue)
                .withValidator(v -> v != null || isTrend(), required)
                .withValidator(v -> v == null || (v.signum() >= 0 && v.compareTo(Target.VALUE_MAX) <= 0), getTranslation("target.error.valueRange"))
                .withValidator(v -> v == null || measure.getValue() == null || !measure.getValue().countsEvents()
                        || v.stripTrailingZeros().scale() <= 0, getTranslation("target.error.wholeNumber"))
                .bind(Target::getTargetValue, Target::setTargetValue);
        binder.forField(measure).asRequired(required).bind(Target::getMeasure, Target::setMeasure);
        binder.forField(indicator)
                .withValidator(i -> i != null || measure.getValue() != TargetMeasure.REPORTED_INDICATOR, required)
                .bind(t -> indicators.stream().filter(i -> Objects.equals(i.id(), t.getIndicatorId())).findFirst().orElse(null),
                        (t, i) -> t.setIndicatorId(i == null ? null : i.id()));
        binder.forField(organiser)
                .bind(t -> institutions.summariesOf(t.getOrganiserId() == null ? List.of() : List.of(t.getOrganiserId()))
                                .stream().findFirst().orElse(null),
                        (t, o) -> t.setOrganiserId(o == null ? null : o.id()));
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
                .bind("indicatorId", indicator).bind("direction", direction).bind("measure", measure)
                .bind("periodStart", periodStart).bind("periodEnd", periodEnd);

        if (target.isNew()) {
            target.setMeasure(TargetMeasure.DONE_ACTIVITY_COUNT);
        }
        binder.readBean(target);
        showFieldsFor(target.getMeasure());
        FormLayout form = new FormLayout(name, unit, measure, indicator, direction, targetValue, organiser, expectedBy, types, audiences,
                workStream, periodStart, periodEnd);
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

    /**
     * Reported figures need an indicator and have no activity filters nor a "due by" expectation;
     * rising and falling targets have no value to reach.
     */
    private void showFieldsFor(TargetMeasure chosen) {
        boolean reported = chosen == TargetMeasure.REPORTED_INDICATOR;
        indicator.setVisible(reported);
        indicator.setRequiredIndicatorVisible(reported);
        types.setVisible(!reported);
        audiences.setVisible(!reported);
        expectedBy.setVisible(!reported);
        types.setHelperText(getTranslation(typesHelpFor(chosen)));
        organiser.setLabel(getTranslation(reported ? "target.field.reportingInstitution" : "target.field.organiser"));
        organiser.setHelperText(getTranslation(reported ? "target.help.wholeCity" : "target.help.emptyMeansAll"));
        targetValue.setVisible(!isTrend());
        targetValue.setRequiredIndicatorVisible(!isTrend());
    }

    private boolean isTrend() {
        return direction.getValue() != null && direction.getValue().isTrend();
    }

    /** Fills in the indicator's name and unit while the user has not typed their own. */
    private void suggestNameAndUnit(ReportedIndicator previous, ReportedIndicator chosen) {
        if (name.isEmpty() || (previous != null && name.getValue().equals(previous.name(getLocale())))) {
            name.setValue(chosen.name(getLocale()));
        }
        if (unit.isEmpty() || (previous != null && unit.getValue().equals(previous.unit(getLocale())))) {
            unit.setValue(chosen.unit(getLocale()));
        }
    }

    /** Member-event measures read the activity types as the association's event types. */
    private static String typesHelpFor(TargetMeasure chosen) {
        boolean memberEvents = chosen == TargetMeasure.MEMBER_EVENT_COUNT || chosen == TargetMeasure.MEMBER_EVENT_PARTICIPANTS;
        return memberEvents ? "target.help.memberEventTypes" : "target.help.emptyMeansAll";
    }

    public void save() {
        Target edited = original.copy();
        if (!binder.writeBeanIfValid(edited)) {
            return;
        }
        FormSave.run(() -> {
            Target saved = targets.save(edited);
            Notification.show(getTranslation("target.saved", saved.getName())).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            close();
            onSaved.run();
        }, formErrors::show, this::showConflict);
    }

    private void delete() {
        FormSave.run(() -> {
            targets.delete(original);
            close();
            onSaved.run();
        }, this::showConflict);
    }

    private void showConflict() {
        conflict.show(save);
    }
}
