package com.programdesk.area.ui;

import com.programdesk.area.domain.Area;
import com.programdesk.area.domain.AreaLevel;
import com.programdesk.area.domain.AreaSummary;
import com.programdesk.area.service.AreaService;
import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.base.ui.ConflictNotice;
import com.programdesk.base.ui.FieldLimits;
import com.programdesk.base.ui.FormErrors;
import com.programdesk.base.ui.FormSave;
import com.programdesk.base.ui.LocalizedDatePicker;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Creates an area below another, or edits one: its names, validity, and its place. Moving is
 * choosing a new parent and the code that goes with it together (the editor offers the code with the
 * new parent's digits). Works on a copy: a cancelled or refused save leaves the area as it was.
 */
class AreaEditor extends Dialog {

    /** The first day areas of the People's Republic could be valid from: earlier dates are slips. */
    private static final LocalDate EARLIEST = LocalDate.of(1949, 10, 1);

    final AreaPicker parent;
    final TextField level = new TextField();
    final TextField code = FieldLimits.maxLength(new TextField(), 12);
    final TextField nameZh = FieldLimits.maxLength(new TextField(), Area.NAME_ZH_MAX);
    final TextField nameEn = FieldLimits.maxLength(new TextField(), Area.NAME_EN_MAX);
    final DatePicker validFrom = new LocalizedDatePicker().setRange(EARLIEST, com.programdesk.base.service.DateInput.latest(Clock.systemDefaultZone()));
    final DatePicker validTo = new LocalizedDatePicker().setRange(EARLIEST, com.programdesk.base.service.DateInput.latest(Clock.systemDefaultZone()));
    final Paragraph activeMessage = new Paragraph();
    final Button save = new Button();
    final ConflictNotice conflict = new ConflictNotice();

    private final transient AreaService areas;
    private final Area original;
    private final Runnable onSaved;
    private final Binder<Area> binder = new Binder<>(Area.class);
    private final FormErrors formErrors = new FormErrors();

    AreaEditor(AreaService areas, Area area, @Nullable AreaSummary parentArea, Runnable onSaved) {
        this.areas = areas;
        this.original = area;
        this.onSaved = onSaved;
        setHeaderTitle(area.isNew() ? getTranslation("area.new", getTranslation(area.getLevel().messageKey())) : getTranslation("area.editTitle", area.getNameZh()));
        setWidth("min(46rem, 95vw)");

        parent = new AreaPicker(areas, getTranslation("area.field.parent"));
        parent.setVisible(area.getLevel() != AreaLevel.PROVINCE);
        parent.setHelperText(area.isNew() ? null : getTranslation("area.help.move"));
        level.setLabel(getTranslation("area.field.level"));
        level.setReadOnly(true);
        level.setValue(getTranslation(area.getLevel().messageKey()));
        code.setLabel(getTranslation("area.field.code"));
        code.setHelperText(getTranslation(area.getLevel() == AreaLevel.TOWNSHIP ? "area.help.codeTownship" : "area.help.code"));
        nameZh.setLabel(getTranslation("area.field.nameZh"));
        nameEn.setLabel(getTranslation("area.field.nameEn"));
        validFrom.setLabel(getTranslation("area.field.validFrom"));
        validTo.setLabel(getTranslation("area.field.validTo"));
        activeMessage.addClassName("form-conflict");
        activeMessage.setVisible(false);

        bind();
        FormLayout form = new FormLayout(parent, level, code, nameZh, nameEn, validFrom, validTo);
        form.setColspan(parent, 2);
        add(conflict, activeMessage, form);
        binder.readBean(area);
        parent.addValueChangeListener(e -> {
            if (e.isFromClient() || e.getValue() != null) {
                offerCodeUnder(parent.chosen().orElse(null));
            }
        });
        footer();
    }

    private void bind() {
        binder.forField(parent)
                .withValidator(p -> p != null || original.getLevel() == AreaLevel.PROVINCE, getTranslation("validation.required"))
                .bind(Area::getParentId, Area::setParentId);
        binder.forField(code)
                .asRequired(getTranslation("validation.required"))
                .withValidator(c -> !areas.isCodeTaken(c, original.getId()), getTranslation("area.error.codeTaken"))
                .bind(Area::getCode, Area::setCode);
        binder.forField(nameZh)
                .asRequired(getTranslation("validation.required"))
                .withValidator(new StringLengthValidator(getTranslation("validation.maxLength", Area.NAME_ZH_MAX), 0, Area.NAME_ZH_MAX))
                .bind(Area::getNameZh, Area::setNameZh);
        binder.forField(nameEn)
                .withValidator(new StringLengthValidator(getTranslation("validation.maxLength", Area.NAME_EN_MAX), 0, Area.NAME_EN_MAX))
                .bind(a -> a.getNameEn() == null ? "" : a.getNameEn(), Area::setNameEn);
        binder.forField(validFrom).bind(Area::getValidFrom, Area::setValidFrom);
        binder.forField(validTo)
                .withValidator(to -> to == null || validFrom.getValue() == null || !to.isBefore(validFrom.getValue()),
                        getTranslation("area.error.validity"))
                .bind(Area::getValidTo, Area::setValidTo);
        formErrors.bind("parentId", parent).bind("code", code).bind("nameZh", nameZh).bind("nameEn", nameEn)
                .bind("validFrom", validFrom).bind("validTo", validTo);
    }

    /** A new parent's digits replace the old parent's at the start of the code; the rest stays as typed. */
    private void offerCodeUnder(@Nullable AreaSummary newParent) {
        String typed = code.getValue().strip();
        if (newParent == null || typed.length() != original.getLevel().codeLength()) {
            return;
        }
        String prefix = newParent.level().prefixOf(newParent.code());
        if (!typed.startsWith(prefix) && typed.length() >= prefix.length()) {
            code.setValue(prefix + typed.substring(prefix.length()));
        }
    }

    private void footer() {
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        if (!original.isNew()) {
            Button toggle = new Button(getTranslation(original.isActive() ? "area.deactivate" : "area.reactivate"), e -> toggleActive());
            toggle.addThemeVariants(original.isActive() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_CONTRAST);
            toggle.getStyle().set("margin-inline-end", "auto");
            getFooter().add(toggle);
        }
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    void save() {
        Area edited = original.copy();
        if (!binder.writeBeanIfValid(edited)) {
            return;
        }
        FormSave.run(() -> {
            Area saved = areas.save(edited);
            Notification.show(getTranslation("area.saved", saved.getNameZh())).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            close();
            onSaved.run();
        }, formErrors::show, () -> conflict.show(save));
    }

    void toggleActive() {
        FormSave.run(() -> {
            areas.setActive(original, !original.isActive());
            Notification.show(getTranslation(original.isActive() ? "area.deactivated" : "area.reactivated", original.getNameZh()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            close();
            onSaved.run();
        }, this::showActiveRefused, () -> conflict.show(save));
    }

    /** Why the area keeps its state (areas or institutions still below it), said on the form. */
    private void showActiveRefused(InvalidFieldException e) {
        activeMessage.setText(getTranslation(e.messageKey()));
        activeMessage.setVisible(true);
    }
}
