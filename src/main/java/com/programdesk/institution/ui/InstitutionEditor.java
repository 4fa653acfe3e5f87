package com.programdesk.institution.ui;

import com.programdesk.area.service.AreaService;
import com.programdesk.area.ui.AreaPicker;
import com.programdesk.base.domain.PhoneNumbers;
import com.programdesk.base.ui.ConflictNotice;
import com.programdesk.base.ui.FieldLimits;
import com.programdesk.base.ui.FormErrors;
import com.programdesk.base.ui.FormSave;
import com.programdesk.institution.domain.Institution;
import com.programdesk.institution.domain.InstitutionSummary;
import com.programdesk.institution.domain.InstitutionType;
import com.programdesk.institution.service.InstitutionService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.data.validator.RegexpValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.util.Locale;

/**
 * Creates or edits one institution. Works on a copy: cancelling, or a save the service
 * refuses, leaves the saved institution as it was.
 */
class InstitutionEditor extends Dialog {

    final TextField nameZh = text("institution.field.nameZh", Institution.NAME_ZH_MAX);
    final TextField nameEn = text("institution.field.nameEn", Institution.NAME_EN_MAX);
    final TextField shortName = text("institution.field.shortName", Institution.SHORT_NAME_MAX);
    final TextField code = text("institution.field.code", Institution.CODE_MAX);
    final ComboBox<InstitutionType> type = new ComboBox<>();
    final ComboBox<InstitutionSummary> parent = new ComboBox<>();
    final AreaPicker area;
    final TextField township = text("institution.field.township", Institution.TOWNSHIP_MAX);
    final TextField address = text("institution.field.address", Institution.ADDRESS_MAX);
    final TextField contactPerson = text("institution.field.contactPerson", Institution.CONTACT_PERSON_MAX);
    final TextField contactPhone = text("institution.field.contactPhone", Institution.CONTACT_PHONE_MAX);
    final Button save = new Button();
    final ConflictNotice conflict = new ConflictNotice();

    private final InstitutionService institutions;
    private final Institution original;
    private final Runnable onSaved;
    private final Binder<Institution> binder = new Binder<>(Institution.class);
    private final FormErrors formErrors = new FormErrors();
    /** The area whose leaving programs the user has been told about; saving again with it moves the institution. */
    private Long warnedAreaId;

    InstitutionEditor(InstitutionService institutions, AreaService areas, Institution institution, boolean editable, Runnable onSaved) {
        this.institutions = institutions;
        this.area = new AreaPicker(areas, getTranslation("institution.field.area"));
        this.original = institution;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(institution.isNew() ? "institution.new" : "institution.edit"));
        setWidth("min(52rem, 95vw)");

        type.setLabel(getTranslation("institution.field.type"));
        type.setItems(InstitutionType.values());
        type.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
        parent.setLabel(getTranslation("institution.field.parent"));
        parent.setItems(query -> institutions.lookup(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        parent.setItemLabelGenerator(InstitutionSummary::label);
        parent.setClearButtonVisible(true);
        code.setHelperText(getTranslation("institution.help.code"));
        contactPhone.setHelperText(getTranslation("institution.help.phone"));

        bindFields();
        FormLayout form = new FormLayout(nameZh, nameEn, shortName, code, type, parent, area, township, address, contactPerson, contactPhone);
        form.setColspan(nameEn, 1);
        form.setColspan(area, 2);
        form.setColspan(address, 2);
        add(conflict, form);

        binder.readBean(institution);
        binder.setReadOnly(!editable);
        footer(editable);
    }

    private void bindFields() {
        binder.forField(nameZh)
                .asRequired(getTranslation("validation.required"))
                .withValidator(maxLength(Institution.NAME_ZH_MAX))
                .withValidator(name -> !institutions.isNameTaken(name, original.getId()), getTranslation("institution.error.nameTaken"))
                .bind(Institution::getNameZh, Institution::setNameZh);
        binder.forField(nameEn).withValidator(maxLength(Institution.NAME_EN_MAX)).bind(Institution::getNameEn, Institution::setNameEn);
        binder.forField(shortName).withValidator(maxLength(Institution.SHORT_NAME_MAX)).bind(Institution::getShortName, Institution::setShortName);
        binder.forField(code)
                .asRequired(getTranslation("validation.required"))
                .withConverter(Converter.from(value -> Result.ok(value.strip().toUpperCase(Locale.ROOT)), value -> value == null ? "" : value))
                .withValidator(maxLength(Institution.CODE_MAX))
                .withValidator(new RegexpValidator(getTranslation("institution.error.codeFormat"), Institution.CODE_PATTERN))
                .withValidator(value -> !institutions.isCodeTaken(value, original.getId()), getTranslation("institution.error.codeTaken"))
                .bind(Institution::getCode, Institution::setCode);
        binder.forField(type).asRequired(getTranslation("validation.required")).bind(Institution::getType, Institution::setType);
        binder.forField(parent)
                .withValidator(p -> p == null || original.isNew() || p.id() != original.getId(), getTranslation("institution.error.parentSelf"))
                .withValidator(p -> p == null || !institutions.wouldCreateCycle(original.getId(), p.id()), getTranslation("institution.error.parentCycle"))
                .bind(i -> institutions.summary(i.getParentId()).orElse(null),
                        (i, p) -> i.setParentId(p == null ? null : p.id()));
        binder.forField(area).asRequired(getTranslation("validation.required")).bind(Institution::getAreaId, Institution::setAreaId);
        binder.forField(township).withValidator(maxLength(Institution.TOWNSHIP_MAX)).bind(Institution::getTownship, Institution::setTownship);
        binder.forField(address).withValidator(maxLength(Institution.ADDRESS_MAX)).bind(Institution::getAddress, Institution::setAddress);
        binder.forField(contactPerson).withValidator(maxLength(Institution.CONTACT_PERSON_MAX)).bind(Institution::getContactPerson, Institution::setContactPerson);
        binder.forField(contactPhone)
                .withValidator(phone -> phone == null || phone.isBlank() || PhoneNumbers.isValid(phone), getTranslation("validation.phoneFormat"))
                .bind(Institution::getContactPhone, Institution::setContactPhone);

        formErrors.bind("nameZh", nameZh).bind("nameEn", nameEn).bind("shortName", shortName).bind("code", code)
                .bind("type", type).bind("parentId", parent).bind("areaId", area).bind("township", township).bind("address", address)
                .bind("contactPerson", contactPerson).bind("contactPhone", contactPhone);
    }

    private void footer(boolean editable) {
        Button cancel = new Button(getTranslation(editable ? "action.cancel" : "action.close"), e -> close());
        if (!editable) {
            getFooter().add(cancel);
            return;
        }
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        if (!original.isNew()) {
            Button toggle = new Button(getTranslation(original.isActive() ? "institution.deactivate" : "institution.reactivate"),
                    e -> toggleActive());
            toggle.addThemeVariants(original.isActive() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_CONTRAST);
            toggle.getStyle().set("margin-inline-end", "auto");
            getFooter().add(toggle);
        }
        getFooter().add(cancel, save);
    }

    void save() {
        Institution edited = original.copy();
        if (!binder.writeBeanIfValid(edited) || warnAboutLeavingPrograms(edited.getAreaId())) {
            return;
        }
        FormSave.run(() -> {
            institutions.save(edited);
            Notification.show(getTranslation("institution.saved", edited.getNameZh()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            close();
            onSaved.run();
        }, formErrors::show, this::showConflict);
    }

    /**
     * Moving an institution out of the area of a program it takes part in drops it from that
     * program: said at the field once with the programs' titles; saving again moves it.
     */
    private boolean warnAboutLeavingPrograms(Long newAreaId) {
        if (original.isNew() || java.util.Objects.equals(newAreaId, original.getAreaId())) {
            return false;
        }
        java.util.List<String> leaving = institutions.programsLosing(original.getId(), newAreaId);
        if (leaving.isEmpty() || newAreaId.equals(warnedAreaId)) {
            return false;
        }
        warnedAreaId = newAreaId;
        area.setHelperText(getTranslation("institution.warning.leavesPrograms", String.join("、", leaving)));
        area.getElement().getThemeList().add("warning");
        return true;
    }

    private void toggleActive() {
        FormSave.run(() -> {
            institutions.setActive(original, !original.isActive());
            Notification.show(getTranslation(original.isActive() ? "institution.deactivated" : "institution.reactivated",
                    original.getNameZh())).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            close();
            onSaved.run();
        }, this::showConflict);
    }

    private void showConflict() {
        conflict.show(save);
    }

    private Validator<String> maxLength(int max) {
        return new StringLengthValidator(getTranslation("validation.maxLength", max), 0, max);
    }

    private TextField text(String labelKey, int maxLength) {
        return FieldLimits.maxLength(new TextField(getTranslation(labelKey)), maxLength);
    }
}
