package com.programdesk.statistics.elements.ui;

import com.programdesk.base.ui.ConflictNotice;
import com.programdesk.base.ui.FieldLimits;
import com.programdesk.base.ui.FormErrors;
import com.programdesk.base.ui.FormSave;
import com.programdesk.statistics.catalog.ui.CatalogueEditorSupport;
import com.programdesk.statistics.elements.domain.CategoryDefinition;
import com.programdesk.statistics.elements.domain.ElementDefinition;
import com.programdesk.statistics.elements.service.CategoryMaintenance;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
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
    private final CatalogueEditorSupport editing;
    private final FormErrors formErrors = new FormErrors();

    CategoryEditor(CategoryMaintenance categories, CategoryDefinition category, boolean mayEdit, Runnable onSaved) {
        this.categories = categories;
        this.original = category;
        this.editing = new CatalogueEditorSupport(this, "category", onSaved);
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
        editing.addFooter(category, category.getNameZh(), mayEdit, save, retire, this::save, this::toggleRetired);
    }

    void save() {
        CategoryDefinition edited = original.copy();
        edited.setCode(code.getValue());
        edited.setNameZh(nameZh.getValue());
        edited.setNameEn(nameEn.getValue());
        FormSave.run(() -> {
            editing.done("category.saved", categories.save(edited, options.getValue()).getNameZh());
        }, e -> formErrors.show(e, 0), () -> conflict.show(save));
    }

    void toggleRetired() {
        boolean retiring = !original.isRetired();
        editing.toggleRetired(retiring, original.getNameZh(), () -> categories.setRetired(original, retiring),
                e -> formErrors.show(e, 0), () -> conflict.show(save));
    }
}
