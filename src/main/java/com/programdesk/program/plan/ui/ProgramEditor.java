package com.programdesk.program.plan.ui;

import com.programdesk.area.service.AreaService;
import com.programdesk.area.ui.AreaPicker;
import com.programdesk.base.ui.ConflictNotice;
import com.programdesk.base.ui.FieldLimits;
import com.programdesk.base.ui.FormErrors;
import com.programdesk.base.ui.FormSave;
import com.programdesk.base.ui.LocalizedDatePicker;
import com.programdesk.program.plan.domain.Program;
import com.programdesk.program.plan.domain.WorkStream;
import com.programdesk.program.plan.service.ProgramService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/** Creates or edits a program and its ordered work streams (one per line). */
public class ProgramEditor extends Dialog {

    public final TextField title = FieldLimits.maxLength(new TextField(), Program.TITLE_MAX);
    public final TextField documentNumber = FieldLimits.maxLength(new TextField(), Program.DOCUMENT_NUMBER_MAX);
    public final TextField issuers = FieldLimits.maxLength(new TextField(), Program.ISSUERS_MAX);
    public final DatePicker periodStart = new LocalizedDatePicker();
    public final DatePicker periodEnd = new LocalizedDatePicker();
    public final TextArea description = new TextArea();
    public final TextField leadName = FieldLimits.maxLength(new TextField(), Program.PERSON_MAX);
    public final TextField contactName = FieldLimits.maxLength(new TextField(), Program.PERSON_MAX);
    public final TextField contactPhone = FieldLimits.maxLength(new TextField(), 30);
    public final TextArea workStreams = new TextArea();
    public final AreaPicker area;
    public final Button save = new Button();
    public final ConflictNotice conflict = new ConflictNotice();

    private final ProgramService programs;
    private final Program original;
    private final Consumer<Program> onSaved;
    private final Binder<Program> binder = new Binder<>(Program.class);
    private final FormErrors formErrors = new FormErrors();
    private String warnedDocumentNumber;

    public ProgramEditor(ProgramService programs, AreaService areas, Program program, List<WorkStream> streams, Consumer<Program> onSaved) {
        this.programs = programs;
        this.area = new AreaPicker(areas, getTranslation("program.field.area"));
        this.original = program;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(program.isNew() ? "program.new" : "program.edit"));
        setWidth("min(48rem, 95vw)");
        title.setLabel(getTranslation("program.field.title"));
        documentNumber.setLabel(getTranslation("program.field.documentNumber"));
        documentNumber.setPlaceholder(getTranslation("program.field.documentNumber.example"));
        issuers.setLabel(getTranslation("program.field.issuers"));
        periodStart.setLabel(getTranslation("program.field.periodStart"));
        periodEnd.setLabel(getTranslation("program.field.periodEnd"));
        description.setLabel(getTranslation("program.field.description"));
        leadName.setLabel(getTranslation("program.field.leadName"));
        contactName.setLabel(getTranslation("program.field.contactName"));
        contactPhone.setLabel(getTranslation("program.field.contactPhone"));
        workStreams.setLabel(getTranslation("program.field.workStreams"));
        workStreams.setHelperText(getTranslation("program.help.workStreams"));
        workStreams.setValue(String.join("\n", streams.stream().map(WorkStream::getName).toList()));

        binder.forField(title).asRequired(getTranslation("validation.required"))
                .withValidator(new StringLengthValidator(getTranslation("validation.maxLength", Program.TITLE_MAX), 0, Program.TITLE_MAX))
                .bind(Program::getTitle, Program::setTitle);
        binder.forField(documentNumber).bind(Program::getDocumentNumber, Program::setDocumentNumber);
        binder.forField(issuers).bind(Program::getIssuers, Program::setIssuers);
        binder.forField(periodStart).asRequired(getTranslation("validation.required")).bind(Program::getPeriodStart, Program::setPeriodStart);
        binder.forField(periodEnd).asRequired(getTranslation("validation.required"))
                .withValidator(end -> periodStart.getValue() == null || !end.isBefore(periodStart.getValue()),
                        getTranslation("validation.endBeforeStart"))
                .bind(Program::getPeriodEnd, Program::setPeriodEnd);
        binder.forField(description).bind(Program::getDescription, Program::setDescription);
        binder.forField(leadName).bind(Program::getLeadName, Program::setLeadName);
        binder.forField(contactName).bind(Program::getContactName, Program::setContactName);
        binder.forField(contactPhone)
                .withValidator(phone -> phone == null || phone.isBlank() || com.programdesk.base.domain.PhoneNumbers.isValid(phone),
                        getTranslation("validation.phoneFormat"))
                .bind(Program::getContactPhone, Program::setContactPhone);
        // required for new programs; one saved before areas existed may stay without until a planner places it
        area.setRequiredIndicatorVisible(program.isNew());
        binder.forField(area).withValidator(id -> id != null || !program.isNew(), getTranslation("validation.required"))
                .bind(Program::getAreaId, Program::setAreaId);
        formErrors.bind("areaId", area).bind("title", title).bind("periodStart", periodStart).bind("periodEnd", periodEnd).bind("workStreams", workStreams)
                .bind("leadName", leadName).bind("contactName", contactName).bind("contactPhone", contactPhone);

        FormLayout form = new FormLayout(title, documentNumber, issuers, area, periodStart, periodEnd,
                leadName, contactName, contactPhone, workStreams, description);
        form.setColspan(title, 2);
        form.setColspan(area, 2);
        form.setColspan(issuers, 2);
        form.setColspan(workStreams, 2);
        form.setColspan(description, 2);
        add(conflict, form);
        binder.readBean(program);
        if (program.isNew() && program.getAreaId() == null) {
            areas.ownArea().ifPresent(own -> area.setValue(own.id()));
        }
        documentNumber.addValueChangeListener(e -> warnIfTaken());

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    /** A second program under the same 文号 is usually a mistake: said at the field; saving again keeps it. */
    private boolean warnIfTaken() {
        String number = documentNumber.getValue();
        java.util.Optional<Program> other = programs.sameDocumentNumber(number, original.getId());
        documentNumber.setHelperText(other.map(p -> getTranslation("program.documentNumber.taken", p.getTitle())).orElse(null));
        documentNumber.getElement().getThemeList().set("warning", other.isPresent());
        boolean firstTime = other.isPresent() && !number.strip().equals(warnedDocumentNumber);
        if (other.isPresent()) {
            warnedDocumentNumber = number.strip();
        }
        return firstTime;
    }

    public void save() {
        Program edited = original.copy();
        if (!binder.writeBeanIfValid(edited)) {
            return;
        }
        if (warnIfTaken()) {
            return;
        }
        FormSave.run(() -> {
            Program saved = programs.save(edited, Arrays.asList(workStreams.getValue().split("\\R")));
            Notification.show(getTranslation("program.saved", saved.getTitle())).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            close();
            onSaved.accept(saved);
        }, formErrors::show, () -> conflict.show(save));
    }
}
