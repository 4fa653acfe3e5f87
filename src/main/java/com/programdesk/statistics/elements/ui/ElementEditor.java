package com.programdesk.statistics.elements.ui;

import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.base.ui.ConflictNotice;
import com.programdesk.base.ui.FieldLimits;
import com.programdesk.base.ui.FormErrors;
import com.programdesk.base.ui.FormSave;
import com.programdesk.statistics.catalog.domain.Aggregation;
import com.programdesk.statistics.catalog.domain.Category;
import com.programdesk.statistics.catalog.domain.ValueType;
import com.programdesk.statistics.catalog.ui.CatalogueEditorSupport;
import com.programdesk.statistics.elements.domain.ElementDefinition;
import com.programdesk.statistics.elements.service.ElementMaintenance;
import com.programdesk.statistics.elements.service.ElementOnFormsException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Creates or edits a data element. The code is fixed once the element exists; its value type,
 * aggregation and disaggregation (one or two categories) once reports hold values for it. Elements another area keeps open read-only. Works on
 * a copy: a cancelled or refused save leaves the element as it was.
 */
class ElementEditor extends Dialog {

    private static final Map<String, Integer> MAX_LENGTHS = Map.of("nameZh", ElementDefinition.NAME_ZH_MAX,
            "nameEn", ElementDefinition.NAME_EN_MAX, "shortNameZh", ElementDefinition.SHORT_NAME_ZH_MAX,
            "shortNameEn", ElementDefinition.SHORT_NAME_EN_MAX, "unitZh", ElementDefinition.UNIT_MAX, "unitEn", ElementDefinition.UNIT_MAX,
            "descriptionZh", ElementDefinition.DESCRIPTION_MAX, "descriptionEn", ElementDefinition.DESCRIPTION_MAX);

    final TextField code = FieldLimits.maxLength(new TextField(), ElementDefinition.CODE_MAX);
    final TextField nameZh = FieldLimits.maxLength(new TextField(), ElementDefinition.NAME_ZH_MAX);
    final TextField nameEn = FieldLimits.maxLength(new TextField(), ElementDefinition.NAME_EN_MAX);
    final TextField shortNameZh = FieldLimits.maxLength(new TextField(), ElementDefinition.SHORT_NAME_ZH_MAX);
    final TextField shortNameEn = FieldLimits.maxLength(new TextField(), ElementDefinition.SHORT_NAME_EN_MAX);
    final Select<ValueType> valueType = new Select<>();
    final Select<Aggregation> aggregation = new Select<>();
    final TextField unitZh = FieldLimits.maxLength(new TextField(), ElementDefinition.UNIT_MAX);
    final TextField unitEn = FieldLimits.maxLength(new TextField(), ElementDefinition.UNIT_MAX);
    final ComboBox<Category> firstCategory = new ComboBox<>();
    final ComboBox<Category> secondCategory = new ComboBox<>();
    final TextArea descriptionZh = new TextArea();
    final TextArea descriptionEn = new TextArea();
    final Paragraph notice = new Paragraph();
    final Paragraph retireMessage = new Paragraph();
    final Button save = new Button();
    final Button retire = new Button();
    final ConflictNotice conflict = new ConflictNotice();

    private final transient ElementMaintenance elements;
    private final ElementDefinition original;
    private final boolean mayEdit;
    private final CatalogueEditorSupport editing;
    private final Binder<ElementDefinition> binder = new Binder<>(ElementDefinition.class);
    private final FormErrors formErrors = new FormErrors();
    private Binder.Binding<ElementDefinition, Aggregation> aggregationBinding;

    ElementEditor(ElementMaintenance elements, ElementDefinition element, boolean mayEdit, Runnable onSaved) {
        this.elements = elements;
        this.original = element;
        this.mayEdit = mayEdit;
        this.editing = new CatalogueEditorSupport(this, "dataElement", onSaved);
        setHeaderTitle(element.isNew() ? getTranslation("dataElement.new") : getTranslation("dataElement.editTitle", element.getNameZh()));
        setWidth("min(48rem, 95vw)");
        labels();
        boolean valuesFiled = !element.isNew() && elements.holdsValues(Objects.requireNonNull(element.getId()));
        valueType.setItems(valueTypes(element));
        valueType.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
        valueType.setHelperText(getTranslation(valuesFiled ? "dataElement.help.valuesFiled" : "dataElement.help.valueType"));
        aggregation.setItems(Aggregation.values());
        aggregation.setItemLabelGenerator(a -> getTranslation(a.messageKey()));
        List<Category> categories = elements.categoriesFor(element);
        for (ComboBox<Category> field : List.of(firstCategory, secondCategory)) {
            field.setItems(categories);
            field.setItemLabelGenerator(c -> c.name(getLocale()) + "（" + c.options().stream().map(o -> o.name(getLocale()))
                    .collect(Collectors.joining(" / ")) + "）");
            field.setClearButtonVisible(true);
            field.setReadOnly(valuesFiled);
        }
        firstCategory.setHelperText(getTranslation(valuesFiled ? "dataElement.help.combinationFixed" : "dataElement.help.categories"));
        code.setReadOnly(!element.isNew());
        code.setHelperText(element.isNew() ? getTranslation("dataElement.help.code") : null);
        bind();
        binder.readBean(element);
        // the pair is judged again whenever the type changes (a percentage cannot be summed)
        valueType.addValueChangeListener(e -> {
            if (aggregation.getValue() != null) {
                aggregationBinding.validate();
            }
        });
        valueType.setReadOnly(valuesFiled);
        aggregation.setReadOnly(valuesFiled);
        editing.readOnlyNotice(notice, binder, mayEdit);
        retireMessage.addClassName("form-conflict");
        retireMessage.setVisible(false);

        FormLayout form = new FormLayout(code, valueType, nameZh, nameEn, shortNameZh, shortNameEn, aggregation, new Paragraph(),
                unitZh, unitEn, firstCategory, secondCategory, descriptionZh, descriptionEn);
        add(conflict, retireMessage, notice, form);
        footer();
    }

    private void labels() {
        code.setLabel(getTranslation("dataElement.field.code"));
        nameZh.setLabel(getTranslation("dataElement.field.nameZh"));
        nameEn.setLabel(getTranslation("dataElement.field.nameEn"));
        shortNameZh.setLabel(getTranslation("dataElement.field.shortNameZh"));
        shortNameEn.setLabel(getTranslation("dataElement.field.shortNameEn"));
        valueType.setLabel(getTranslation("dataElement.field.valueType"));
        aggregation.setLabel(getTranslation("dataElement.field.aggregation"));
        firstCategory.setLabel(getTranslation("dataElement.field.firstCategory"));
        secondCategory.setLabel(getTranslation("dataElement.field.secondCategory"));
        unitZh.setLabel(getTranslation("dataElement.field.unitZh"));
        unitEn.setLabel(getTranslation("dataElement.field.unitEn"));
        descriptionZh.setLabel(getTranslation("dataElement.field.descriptionZh"));
        descriptionEn.setLabel(getTranslation("dataElement.field.descriptionEn"));
        descriptionZh.setMaxLength(ElementDefinition.DESCRIPTION_MAX);
        descriptionEn.setMaxLength(ElementDefinition.DESCRIPTION_MAX);
    }

    /** The types the editor offers, and the element's own when it has one no longer offered. */
    private static List<ValueType> valueTypes(ElementDefinition element) {
        List<ValueType> types = new ArrayList<>(ValueType.offered());
        if (!types.contains(element.getValueType())) {
            types.add(element.getValueType());
        }
        return types;
    }

    private void bind() {
        String required = getTranslation("validation.required");
        binder.forField(code).asRequired(required)
                .withValidator(c -> !original.isNew() || ElementDefinition.CODE_PATTERN.matcher(c.strip().toUpperCase(Locale.ROOT)).matches(),
                        getTranslation("dataElement.error.codePattern"))
                .withValidator(c -> !original.isNew() || !elements.isCodeTaken(c.strip().toUpperCase(Locale.ROOT), null),
                        getTranslation("dataElement.error.codeTaken"))
                .bind(ElementDefinition::getCode, ElementDefinition::setCode);
        binder.forField(nameZh).asRequired(required).withValidator(length(ElementDefinition.NAME_ZH_MAX))
                .bind(ElementDefinition::getNameZh, ElementDefinition::setNameZh);
        binder.forField(nameEn).asRequired(required).withValidator(length(ElementDefinition.NAME_EN_MAX))
                .bind(ElementDefinition::getNameEn, ElementDefinition::setNameEn);
        binder.forField(shortNameZh).withNullRepresentation("").withValidator(length(ElementDefinition.SHORT_NAME_ZH_MAX))
                .bind(ElementDefinition::getShortNameZh, ElementDefinition::setShortNameZh);
        binder.forField(shortNameEn).withNullRepresentation("").withValidator(length(ElementDefinition.SHORT_NAME_EN_MAX))
                .bind(ElementDefinition::getShortNameEn, ElementDefinition::setShortNameEn);
        binder.forField(valueType).asRequired(required).bind(ElementDefinition::getValueType, ElementDefinition::setValueType);
        aggregationBinding = binder.forField(aggregation).asRequired(required)
                .withValidator((chosen, context) -> chosen == null || valueType.getValue() == null || valueType.getValue().allows(chosen)
                        ? ValidationResult.ok()
                        : ValidationResult.error(getTranslation("dataElement.error.aggregationFor." + valueType.getValue().name())))
                .bind(ElementDefinition::getAggregation, ElementDefinition::setAggregation);
        binder.forField(unitZh).asRequired(required).withValidator(length(ElementDefinition.UNIT_MAX))
                .bind(ElementDefinition::getUnitZh, ElementDefinition::setUnitZh);
        binder.forField(unitEn).withNullRepresentation("").withValidator(length(ElementDefinition.UNIT_MAX))
                .bind(ElementDefinition::getUnitEn, ElementDefinition::setUnitEn);
        binder.forField(firstCategory).bind(e -> category(e.getFirstCategoryId()), (e, c) -> e.setFirstCategoryId(c == null ? null : c.id()));
        binder.forField(secondCategory).bind(e -> category(e.getSecondCategoryId()), (e, c) -> e.setSecondCategoryId(c == null ? null : c.id()));
        binder.forField(descriptionZh).withNullRepresentation("").withValidator(length(ElementDefinition.DESCRIPTION_MAX))
                .bind(ElementDefinition::getDescriptionZh, ElementDefinition::setDescriptionZh);
        binder.forField(descriptionEn).withNullRepresentation("").withValidator(length(ElementDefinition.DESCRIPTION_MAX))
                .bind(ElementDefinition::getDescriptionEn, ElementDefinition::setDescriptionEn);
        formErrors.bind("code", code).bind("nameZh", nameZh).bind("nameEn", nameEn).bind("shortNameZh", shortNameZh)
                .bind("shortNameEn", shortNameEn).bind("valueType", valueType).bind("aggregation", aggregation)
                .bind("unitZh", unitZh).bind("unitEn", unitEn).bind("descriptionZh", descriptionZh).bind("descriptionEn", descriptionEn)
                .bind("firstCategoryId", firstCategory).bind("secondCategoryId", secondCategory);
    }

    private Category category(Long id) {
        return id == null ? null : firstCategory.getListDataView().getItems().filter(c -> c.id() == id).findFirst().orElse(null);
    }

    private StringLengthValidator length(int max) {
        return new StringLengthValidator(getTranslation("validation.maxLength", max), 0, max);
    }

    private void footer() {
        editing.addFooter(original, original.getNameZh(), mayEdit, save, retire, this::save, this::toggleRetired);
    }

    void save() {
        ElementDefinition edited = original.copy();
        if (!binder.writeBeanIfValid(edited)) {
            return;
        }
        FormSave.run(() -> {
            editing.done("dataElement.saved", elements.save(edited).getNameZh());
        }, e -> formErrors.show(e, MAX_LENGTHS.getOrDefault(e.field(), 0)), () -> conflict.show(save));
    }

    void toggleRetired() {
        boolean retiring = !original.isRetired();
        editing.toggleRetired(retiring, original.getNameZh(), () -> elements.setRetired(original, retiring), this::showRetireRefused,
                () -> conflict.show(save));
    }

    /** Why the element stays in use: the active forms that hold it, said on the form. */
    private void showRetireRefused(InvalidFieldException e) {
        String forms = e instanceof ElementOnFormsException onForms
                ? onForms.forms().stream().map(f -> f.name(getLocale())).collect(Collectors.joining("、")) : "";
        retireMessage.setText(getTranslation(e.messageKey(), forms));
        retireMessage.setVisible(true);
    }
}
