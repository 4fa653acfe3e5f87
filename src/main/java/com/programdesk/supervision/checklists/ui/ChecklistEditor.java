package com.programdesk.supervision.checklists.ui;

import com.programdesk.base.ui.CountField;
import com.programdesk.base.ui.FieldLimits;
import com.programdesk.base.ui.FormSave;
import com.programdesk.supervision.checklists.domain.ChecklistItem;
import com.programdesk.supervision.checklists.domain.ChecklistTemplate;
import com.programdesk.supervision.checklists.service.ChecklistTemplateService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Edits a checklist's name and items; saving stores a new version and leaves the shown one as it was. */
class ChecklistEditor extends Dialog {

    final TextField name = FieldLimits.maxLength(new TextField(), ChecklistTemplate.NAME_MAX);
    final List<Row> rows = new ArrayList<>();
    final Paragraph error = new Paragraph();
    final Button save = new Button();
    private final Div list = new Div();

    ChecklistEditor(ChecklistTemplateService checklists, ChecklistTemplate base, Consumer<ChecklistTemplate> saved) {
        setHeaderTitle(getTranslation(base == null ? "checklist.new" : "checklist.edit"));
        setWidth("min(64rem, 98vw)");
        name.setLabel(getTranslation("checklist.field.name"));
        name.setRequiredIndicatorVisible(true);
        name.setWidthFull();
        error.addClassName("form-conflict");
        error.setVisible(false);
        if (base != null) {
            name.setValue(base.getName());
            base.getItems().forEach(this::addRow);
            add(new Paragraph(getTranslation("checklist.edit.explain", base.getVersionNo() + 1)));
        } else {
            addRow(new ChecklistItem("", "", null, null));
        }
        Button addItem = new Button(getTranslation("checklist.addItem"), VaadinIcon.PLUS.create(),
                e -> addRow(new ChecklistItem(rows.isEmpty() ? "" : rows.getLast().category.getValue(), "", null, null)));
        add(name, list, addItem, error);
        save.setText(getTranslation(base == null ? "action.save" : "checklist.saveVersion"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (rows.stream().map(row -> row.maxScore.check(false)).toList().contains(false)) {
                return;
            }
            List<ChecklistItem> items = rows.stream().map(Row::item).toList();
            FormSave.run(() -> {
                ChecklistTemplate stored = base == null ? checklists.create(name.getValue(), items) : checklists.revise(base, name.getValue(), items);
                close();
                saved.accept(stored);
            }, ex -> {
                String message = getTranslation(ex.messageKey(), ChecklistTemplate.NAME_MAX);
                if ("name".equals(ex.field())) {
                    name.setErrorMessage(message);
                    name.setInvalid(true);
                } else {
                    error.setText(message);
                    error.setVisible(true);
                }
            }, () -> {
                error.setText(getTranslation("checklist.error.newerVersion"));
                error.setVisible(true);
                save.setEnabled(false);
            });
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void addRow(ChecklistItem item) {
        Row row = new Row(item);
        rows.add(row);
        list.add(row);
    }

    /** One editable item. */
    final class Row extends Div {

        final TextField category = FieldLimits.maxLength(new TextField(), ChecklistItem.CATEGORY_MAX);
        final TextField text = FieldLimits.maxLength(new TextField(), ChecklistItem.TEXT_MAX);
        final TextField guidance = FieldLimits.maxLength(new TextField(), ChecklistItem.GUIDANCE_MAX);
        final CountField maxScore = new CountField(1, ChecklistTemplateService.MAX_SCORE);

        Row(ChecklistItem item) {
            addClassName("checklist-edit-row");
            category.setPlaceholder(getTranslation("checklist.field.category"));
            category.setAriaLabel(getTranslation("checklist.field.category"));
            category.setValue(item.category());
            text.setPlaceholder(getTranslation("checklist.field.text"));
            text.setAriaLabel(getTranslation("checklist.field.text"));
            text.setValue(item.text());
            guidance.setPlaceholder(getTranslation("checklist.field.guidance"));
            guidance.setAriaLabel(getTranslation("checklist.field.guidance"));
            guidance.setValue(item.guidance() == null ? "" : item.guidance());
            maxScore.setPlaceholder(getTranslation("checklist.field.maxScore"));
            maxScore.setAriaLabel(getTranslation("checklist.field.maxScore"));
            maxScore.setValue(item.maxScore());
            maxScore.setWidth("6rem");
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                rows.remove(this);
                list.remove(this);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            remove.setAriaLabel(getTranslation("action.delete"));
            add(category, text, guidance, maxScore, remove);
        }

        ChecklistItem item() {
            return new ChecklistItem(category.getValue(), text.getValue(), guidance.getValue(), maxScore.getValue());
        }
    }
}
