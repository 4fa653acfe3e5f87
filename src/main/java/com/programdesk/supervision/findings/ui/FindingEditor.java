package com.programdesk.supervision.findings.ui;

import com.programdesk.base.ui.ConflictNotice;
import com.programdesk.base.ui.FieldLimits;
import com.programdesk.base.ui.FormErrors;
import com.programdesk.base.ui.FormSave;
import com.programdesk.base.ui.LocalizedDatePicker;
import com.programdesk.statistics.catalog.domain.Indicator;
import com.programdesk.supervision.findings.domain.Finding;
import com.programdesk.supervision.findings.domain.FindingSeverity;
import com.programdesk.supervision.findings.service.FindingService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * Records a finding at a visit, or changes one not yet closed. The due date follows the severity
 * (7, 15 or 30 days) until the user sets one.
 */
public class FindingEditor extends Dialog {

    final TextField category = new TextField();
    final ComboBox<FindingSeverity> severity = new ComboBox<>();
    final TextArea description = new TextArea();
    final TextArea requiredCorrection = new TextArea();
    final LocalizedDatePicker dueDate = new LocalizedDatePicker();
    final ComboBox<Indicator> indicator = new ComboBox<>();
    final Button save = new Button();
    private final ConflictNotice conflict = new ConflictNotice();
    private boolean dueDateTouched;

    public FindingEditor(FindingService findings, Finding finding, List<Indicator> indicators, Clock clock, Consumer<Finding> saved) {
        boolean isNew = finding.getId() == null;
        setHeaderTitle(getTranslation(isNew ? "finding.new" : "finding.edit"));
        setWidth("min(40rem, 95vw)");
        category.setLabel(getTranslation("finding.field.category"));
        FieldLimits.maxLength(category, Finding.CATEGORY_MAX);
        severity.setLabel(getTranslation("finding.field.severity"));
        severity.setItems(FindingSeverity.values());
        severity.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        description.setLabel(getTranslation("finding.field.description"));
        description.setMaxLength(Finding.TEXT_MAX);
        requiredCorrection.setLabel(getTranslation("finding.field.requiredCorrection"));
        requiredCorrection.setMaxLength(Finding.TEXT_MAX);
        dueDate.setLabel(getTranslation("finding.field.dueDate"));
        dueDate.setHelperText(getTranslation("finding.dueDate.help"));
        category.setRequiredIndicatorVisible(true);
        severity.setRequiredIndicatorVisible(true);
        description.setRequiredIndicatorVisible(true);
        requiredCorrection.setRequiredIndicatorVisible(true);
        dueDate.setRequiredIndicatorVisible(true);
        category.setValue(finding.getCategory() == null ? "" : finding.getCategory());
        severity.setValue(finding.getSeverity());
        description.setValue(finding.getDescription() == null ? "" : finding.getDescription());
        requiredCorrection.setValue(finding.getRequiredCorrection() == null ? "" : finding.getRequiredCorrection());
        dueDate.setValue(finding.getDueDate());
        indicator.setLabel(getTranslation("finding.field.indicator"));
        indicator.setHelperText(getTranslation("finding.indicator.help"));
        indicator.setItems(indicators);
        indicator.setItemLabelGenerator(i -> i.name(getLocale()));
        indicator.setClearButtonVisible(true);
        indicators.stream().filter(i -> finding.getIndicatorId() != null && i.id() == finding.getIndicatorId()).findFirst()
                .ifPresent(indicator::setValue);
        dueDate.addValueChangeListener(e -> dueDateTouched |= e.isFromClient());
        LocalDate foundOn = finding.getSeverity() != null && finding.getDueDate() != null
                ? finding.getSeverity().foundOn(finding.getDueDate()) : LocalDate.now(clock);
        severity.addValueChangeListener(e -> {
            if (isNew && !dueDateTouched && e.getValue() != null) {
                dueDate.setValue(e.getValue().defaultDueDate(foundOn));
            }
        });
        FormLayout form = new FormLayout(category, severity, description, requiredCorrection, dueDate, indicator);
        form.setColspan(description, 2);
        form.setColspan(requiredCorrection, 2);
        add(conflict, form);
        FormErrors errors = new FormErrors().bind("category", category).bind("severity", severity).bind("description", description)
                .bind("requiredCorrection", requiredCorrection).bind("dueDate", dueDate);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            finding.setCategory(category.getValue());
            finding.setSeverity(severity.getValue());
            finding.setDescription(description.getValue());
            finding.setRequiredCorrection(requiredCorrection.getValue());
            finding.setDueDate(dueDate.getValue());
            finding.setIndicatorId(indicator.getValue() == null ? null : indicator.getValue().id());
            FormSave.run(() -> {
                Finding stored = isNew ? findings.record(finding) : findings.update(finding);
                close();
                saved.accept(stored);
            }, ex -> errors.show(ex, Finding.TEXT_MAX), () -> conflict.show(save));
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
