package com.programdesk.program.overview.ui;

import com.programdesk.base.ui.DecimalField;
import com.programdesk.base.ui.FieldLimits;
import com.programdesk.base.ui.FormErrors;
import com.programdesk.base.ui.FormSave;
import com.programdesk.base.ui.LocalizedDatePicker;
import com.programdesk.program.plan.domain.Program;
import com.programdesk.program.plan.domain.ProgramCopied;
import com.programdesk.program.plan.service.ProgramCopyService;
import com.programdesk.program.targets.domain.Target;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * 复制到下一周期: a new title and period (one year on, prefilled), the targets' new values
 * (prefilled with this period's); everything is created as a draft in one go.
 */
class ProgramCopyDialog extends Dialog {

    final TextField title = FieldLimits.maxLength(new TextField(), Program.TITLE_MAX);
    final DatePicker periodStart = new LocalizedDatePicker();
    final DatePicker periodEnd = new LocalizedDatePicker();
    final Map<Long, DecimalField> targetValues = new LinkedHashMap<>();
    final Button save = new Button();

    private final ProgramCopyService copies;
    private final Program source;
    private final Consumer<ProgramCopied> onCopied;
    private final FormErrors formErrors = new FormErrors();

    ProgramCopyDialog(ProgramCopyService copies, Program source, List<Target> targets, Consumer<ProgramCopied> onCopied) {
        this.copies = copies;
        this.source = source;
        this.onCopied = onCopied;
        setHeaderTitle(getTranslation("program.copy.title"));
        setWidth("min(40rem, 95vw)");
        title.setLabel(getTranslation("program.field.title"));
        title.setRequiredIndicatorVisible(true);
        title.setValue(source.getTitle());
        periodStart.setLabel(getTranslation("program.field.periodStart"));
        periodEnd.setLabel(getTranslation("program.field.periodEnd"));
        // the next period: as many whole years on as the source's period lasts, so the two do not overlap
        int years = 1;
        while (!source.getPeriodStart().plusYears(years).isAfter(source.getPeriodEnd())) {
            years++;
        }
        periodStart.setValue(source.getPeriodStart().plusYears(years));
        periodEnd.setValue(source.getPeriodEnd().plusYears(years));
        formErrors.bind("title", title).bind("periodStart", periodStart).bind("periodEnd", periodEnd);
        FormLayout form = new FormLayout(title, periodStart, periodEnd);
        form.setColspan(title, 2);
        Paragraph explain = new Paragraph(getTranslation("program.copy.explain"));
        explain.addClassName("secondary");
        add(explain, form);
        if (!targets.isEmpty()) {
            FormLayout values = new FormLayout();
            for (Target target : targets) {
                DecimalField value = new DecimalField(BigDecimal.ZERO, Target.VALUE_MAX, Target.VALUE_SCALE);
                value.setLabel(target.getName() + (target.getUnit() == null ? "" : "（" + target.getUnit() + "）"));
                if (target.getTargetValue() != null) {
                    value.setValue(target.getTargetValue());
                }
                targetValues.put(target.getId(), value);
                formErrors.bind("target-" + target.getId(), value);
                values.add(value);
            }
            add(new H4(getTranslation("program.copy.targets")), values);
        }
        save.setText(getTranslation("program.copy.action"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    void save() {
        // text that is no number in range (abc, -1, 1.255) is said at its field and copies nothing, rather than keeping the old value
        if (!targetValues.values().stream().map(field -> field.check(false)).toList().stream().allMatch(Boolean::booleanValue)) {
            return;
        }
        Map<Long, BigDecimal> values = new LinkedHashMap<>();
        targetValues.forEach((id, field) -> values.put(id, field.getValue()));
        title.setInvalid(false);
        periodStart.setInvalid(false);
        periodEnd.setInvalid(false);
        FormSave.run(() -> {
            ProgramCopied copied = copies.copy(source.getId(), title.getValue(), periodStart.getValue(), periodEnd.getValue(), values);
            Notification.show(getTranslation("program.copy.done", copied.program().getTitle(), copied.workStreams(), copied.targets(),
                    copied.activities(), copied.tasks())).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            close();
            onCopied.accept(copied);
        }, formErrors::show, () -> Notification.show(getTranslation("error.conflict")));
    }
}
