package com.programdesk.statistics.elements.ui;

import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.base.ui.ConflictNotice;
import com.programdesk.base.ui.FieldLimits;
import com.programdesk.base.ui.FormErrors;
import com.programdesk.base.ui.FormSave;
import com.programdesk.statistics.catalog.ui.RetireConfirmation;
import com.programdesk.statistics.elements.domain.CategoryDefinition;
import com.programdesk.statistics.elements.domain.ElementDefinition;
import com.programdesk.statistics.elements.service.CategoryMaintenance;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.stream.Collectors;

/**
 * Creates or edits a category: code (fixed once saved), names, and its options one per line. Once elements are split
 * by it, only names change. A refused save flags every field that is wrong at once. Works on a copy: a cancelled or refused save leaves the category as it was.
 */
class CategoryEditor extends Dialog {

    final TextField code = FieldLimits.maxLength(new TextField(), ElementDefinition.CODE_MAX);
    final TextField nameZh = FieldLimits.maxLength(new TextField(), CategoryDefinition.NAME_ZH_MAX);
    final TextField nameEn = FieldLimits.maxLength(new TextField(), CategoryDefinition.NAME_EN_MAX);
    final TextArea options = new TextArea();
    final Button save = new Button();
    final Button retire = new Button();
    final ConflictNotice conflict = new ConflictNotice();
    private final transient CategoryMaintenance categories;
    private final CategoryDefinition original;
    private final Runnable onSaved;
    private final FormErrors formErrors = new FormErrors();

    CategoryEditor(CategoryMaintenance categories, CategoryDefinition category, boolean mayEdit, Runnable onSaved) {
        this.categories = categories;
        this.original = category;
        this.onSaved = onSaved;
        setHeaderTitle(category.isNew() ? getTranslation("category.new") : getTranslation("category.editTitle", category.getNameZh()));
        setWidth("min(40rem, 95vw)");
        code.setLabel(getTranslation("category.field.code"));
        nameZh.setLabel(getTranslation("category.field.nameZh"));
        nameEn.setLabel(getTranslation("category.field.nameEn"));
        options.setLabel(getTranslation("category.field.options"));
        boolean inUse = !category.isNew() && categories.inUse(category.getId());
        options.setHelperText(getTranslation(inUse ? "category.help.optionsInUse" : "category.help.options"));
        options.setMinRows(4);
        code.setValue(category.getCode());
        code.setReadOnly(!category.isNew());
        code.setHelperText(category.isNew() ? getTranslation("dataElement.help.code") : null);
        nameZh.setValue(category.getNameZh());
        nameEn.setValue(category.getNameEn());
        options.setValue(category.getOptions().stream().map(o -> o.code() + " | " + o.nameZh() + " | " + o.nameEn())
                .collect(Collectors.joining("\n")));
        formErrors.bind("code", code).bind("nameZh", nameZh).bind("nameEn", nameEn).bind("options", options);
        FormLayout form = new FormLayout(code, nameZh, nameEn, options);
        form.setColspan(options, 2);
        add(conflict, form);
        if (!mayEdit) {
            code.setReadOnly(true);
            nameZh.setReadOnly(true);
            nameEn.setReadOnly(true);
            options.setReadOnly(true);
            Paragraph notice = new Paragraph(getTranslation("category.readOnly"));
            notice.addClassName("secondary");
            addComponentAsFirst(notice);
        }
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        save.setVisible(mayEdit);
        if (!category.isNew() && mayEdit) {
            retire.setText(getTranslation(category.isRetired() ? "category.reactivate" : "category.retire"));
            retire.addThemeVariants(category.isRetired() ? ButtonVariant.LUMO_CONTRAST : ButtonVariant.LUMO_ERROR);
            retire.getStyle().set("margin-inline-end", "auto");
            retire.addClickListener(e -> new RetireConfirmation("category", category.getNameZh(), !category.isRetired(), this::toggleRetired).open());
            getFooter().add(retire);
        }
        getFooter().add(new Button(getTranslation(mayEdit ? "action.cancel" : "action.close"), e -> close()), save);
    }

    void save() {
        CategoryDefinition edited = original.copy();
        edited.setCode(code.getValue());
        edited.setNameZh(nameZh.getValue());
        edited.setNameEn(nameEn.getValue());
        FormSave.run(() -> {
            CategoryDefinition saved = categories.save(edited, options.getValue());
            Notification.show(getTranslation("category.saved", saved.getNameZh())).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            close();
            onSaved.run();
        }, e -> formErrors.show(e, 0), () -> conflict.show(save));
    }

    void toggleRetired() {
        boolean retiring = !original.isRetired();
        FormSave.run(() -> {
            categories.setRetired(original, retiring);
            Notification.show(getTranslation(retiring ? "category.retiredDone" : "category.reactivated", original.getNameZh()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            close();
            onSaved.run();
        }, (InvalidFieldException e) -> formErrors.show(e, 0), () -> conflict.show(save));
    }
}
