package com.programdesk.statistics.indicators.ui;

import com.programdesk.area.domain.AreaSummary;
import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.base.ui.ConflictNotice;
import com.programdesk.base.ui.FieldLimits;
import com.programdesk.base.ui.FormErrors;
import com.programdesk.base.ui.FormSave;
import com.programdesk.statistics.catalog.domain.DataElement;
import com.programdesk.statistics.catalog.domain.Direction;
import com.programdesk.statistics.catalog.domain.Frequency;
import com.programdesk.statistics.catalog.domain.Indicator;
import com.programdesk.statistics.catalog.ui.ElementPicker;
import com.programdesk.statistics.catalog.ui.CatalogueEditorSupport;
import com.programdesk.statistics.expressions.domain.ExpressionProblem;
import com.programdesk.statistics.expressions.service.ExpressionRefusedException;
import com.programdesk.statistics.indicators.domain.IndicatorDefinition;
import com.programdesk.statistics.indicators.domain.PreviewFigure;
import com.programdesk.statistics.indicators.service.IndicatorMaintenance;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Creates or edits an indicator: code (fixed once saved), names, numerator and denominator as expressions over
 * data elements (checked while typing: syntax, codes, period types), factor, decimals, direction and
 * descriptions; below, a preview of the value as edited for an area and month. Works on a copy: a cancelled or
 * refused save leaves the indicator as it was.
 */
class IndicatorEditor extends Dialog {

    private static final String NUMERATOR = "numeratorExpression";
    private static final String DENOMINATOR = "denominatorExpression";
    private static final int PREVIEW_MONTHS = 120;
    private static final Map<String, Integer> MAX_LENGTHS = Map.of("nameZh", IndicatorDefinition.NAME_ZH_MAX,
            "nameEn", IndicatorDefinition.NAME_EN_MAX, NUMERATOR, IndicatorDefinition.EXPRESSION_MAX,
            DENOMINATOR, IndicatorDefinition.EXPRESSION_MAX, "descriptionZh", IndicatorDefinition.DESCRIPTION_MAX,
            "descriptionEn", IndicatorDefinition.DESCRIPTION_MAX);

    final TextField code = FieldLimits.maxLength(new TextField(), IndicatorDefinition.CODE_MAX);
    final TextField nameZh = FieldLimits.maxLength(new TextField(), IndicatorDefinition.NAME_ZH_MAX);
    final TextField nameEn = FieldLimits.maxLength(new TextField(), IndicatorDefinition.NAME_EN_MAX);
    final TextField numerator = FieldLimits.maxLength(new TextField(), IndicatorDefinition.EXPRESSION_MAX);
    final TextField denominator = FieldLimits.maxLength(new TextField(), IndicatorDefinition.EXPRESSION_MAX);
    final ElementPicker numeratorPicker;
    final ElementPicker denominatorPicker;
    final Select<Integer> factor = new Select<>();
    final Select<Integer> decimals = new Select<>();
    final Select<Direction> direction = new Select<>();
    final TextArea descriptionZh = new TextArea();
    final TextArea descriptionEn = new TextArea();
    final ComboBox<AreaSummary> previewArea = new ComboBox<>();
    final ComboBox<LocalDate> previewMonth = new ComboBox<>();
    final Button preview = new Button();
    final Span previewResult = new Span();
    final Paragraph notice = new Paragraph();
    final Button save = new Button();
    final Button retire = new Button();
    final ConflictNotice conflict = new ConflictNotice();

    private final transient IndicatorMaintenance indicators;
    private final IndicatorDefinition original;
    private final boolean mayEdit;
    private final CatalogueEditorSupport editing;
    private final Binder<IndicatorDefinition> binder = new Binder<>(IndicatorDefinition.class);
    private final FormErrors formErrors = new FormErrors();

    IndicatorEditor(IndicatorMaintenance indicators, List<DataElement> elements, IndicatorDefinition indicator, boolean mayEdit,
                    Runnable onSaved) {
        this.indicators = indicators;
        this.numeratorPicker = new ElementPicker(elements, numerator, getTranslation("indicator.insertIntoNumerator"));
        this.denominatorPicker = new ElementPicker(elements, denominator, getTranslation("indicator.insertIntoDenominator"));
        this.original = indicator;
        this.mayEdit = mayEdit;
        this.editing = new CatalogueEditorSupport(this, "indicator", onSaved);
        setHeaderTitle(indicator.isNew() ? getTranslation("indicator.new") : getTranslation("indicator.editTitle", indicator.getNameZh()));
        setWidth("min(56rem, 95vw)");
        labels();
        factor.setItems(Indicator.FACTORS);
        factor.setItemLabelGenerator(f -> factorLabel(this, f));
        decimals.setItems(IntStream.rangeClosed(0, Indicator.MAX_DECIMALS).boxed().toList());
        direction.setItems(Direction.values());
        direction.setItemLabelGenerator(d -> getTranslation(d.messageKey()));
        code.setReadOnly(!indicator.isNew());
        code.setHelperText(indicator.isNew() ? getTranslation("dataElement.help.code") : null);
        numerator.setValueChangeMode(ValueChangeMode.LAZY);
        denominator.setValueChangeMode(ValueChangeMode.LAZY);
        numerator.setHelperText(getTranslation("indicator.help.numerator"));
        denominator.setHelperText(getTranslation("indicator.help.denominator"));
        bind();
        binder.readBean(indicator);
        editing.readOnlyNotice(notice, binder, mayEdit);
        numeratorPicker.setVisible(mayEdit);
        denominatorPicker.setVisible(mayEdit);
        FormLayout form = new FormLayout(code, direction, nameZh, nameEn, numerator, numeratorPicker, denominator, denominatorPicker,
                factor, decimals, descriptionZh, descriptionEn);
        form.setColspan(numerator, 2);
        form.setColspan(numeratorPicker, 2);
        form.setColspan(denominator, 2);
        form.setColspan(denominatorPicker, 2);
        add(conflict, notice, form, previewPanel());
        footer();
    }

    /** 1 → "×1", 100 → "%", 1000 → "‰", 10000 → "‱" (for the grid too). */
    static String factorLabel(Component owner, int factor) {
        return owner.getTranslation("indicator.factor." + factor);
    }

    private void labels() {
        code.setLabel(getTranslation("indicator.field.code"));
        nameZh.setLabel(getTranslation("indicator.field.nameZh"));
        nameEn.setLabel(getTranslation("indicator.field.nameEn"));
        numerator.setLabel(getTranslation("indicator.field.numerator"));
        denominator.setLabel(getTranslation("indicator.field.denominator"));
        factor.setLabel(getTranslation("indicator.field.factor"));
        decimals.setLabel(getTranslation("indicator.field.decimals"));
        direction.setLabel(getTranslation("indicator.field.direction"));
        descriptionZh.setLabel(getTranslation("indicator.field.descriptionZh"));
        descriptionEn.setLabel(getTranslation("indicator.field.descriptionEn"));
        descriptionZh.setMaxLength(IndicatorDefinition.DESCRIPTION_MAX);
        descriptionEn.setMaxLength(IndicatorDefinition.DESCRIPTION_MAX);
    }

    private void bind() {
        String required = getTranslation("validation.required");
        binder.forField(code).asRequired(required)
                .withValidator(c -> !original.isNew() || com.programdesk.statistics.elements.domain.ElementDefinition.CODE_PATTERN
                        .matcher(c.strip().toUpperCase(Locale.ROOT)).matches(), getTranslation("dataElement.error.codePattern"))
                .withValidator(c -> !original.isNew() || !indicators.isCodeTaken(c.strip().toUpperCase(Locale.ROOT), null),
                        getTranslation("indicator.error.codeTaken"))
                .bind(IndicatorDefinition::getCode, IndicatorDefinition::setCode);
        binder.forField(nameZh).asRequired(required).withValidator(length(IndicatorDefinition.NAME_ZH_MAX))
                .bind(IndicatorDefinition::getNameZh, IndicatorDefinition::setNameZh);
        binder.forField(nameEn).asRequired(required).withValidator(length(IndicatorDefinition.NAME_EN_MAX))
                .bind(IndicatorDefinition::getNameEn, IndicatorDefinition::setNameEn);
        binder.forField(numerator).withValidator((value, context) -> checked(NUMERATOR))
                .bind(IndicatorDefinition::getNumeratorExpression, IndicatorDefinition::setNumeratorExpression);
        Binder.Binding<IndicatorDefinition, String> denominatorBinding = binder.forField(denominator).withNullRepresentation("")
                .withValidator((value, context) -> checked(DENOMINATOR))
                .bind(IndicatorDefinition::getDenominatorExpression, IndicatorDefinition::setDenominatorExpression);
        binder.forField(factor).asRequired(required).bind(IndicatorDefinition::getFactor, IndicatorDefinition::setFactor);
        binder.forField(decimals).asRequired(required).bind(IndicatorDefinition::getDecimals, IndicatorDefinition::setDecimals);
        binder.forField(direction).asRequired(required).bind(IndicatorDefinition::getDirection, IndicatorDefinition::setDirection);
        binder.forField(descriptionZh).withNullRepresentation("").withValidator(length(IndicatorDefinition.DESCRIPTION_MAX))
                .bind(IndicatorDefinition::getDescriptionZh, IndicatorDefinition::setDescriptionZh);
        binder.forField(descriptionEn).withNullRepresentation("").withValidator(length(IndicatorDefinition.DESCRIPTION_MAX))
                .bind(IndicatorDefinition::getDescriptionEn, IndicatorDefinition::setDescriptionEn);
        formErrors.bind("code", code).bind("nameZh", nameZh).bind("nameEn", nameEn).bind(NUMERATOR, numerator)
                .bind(DENOMINATOR, denominator).bind("factor", factor).bind("decimals", decimals).bind("direction", direction)
                .bind("descriptionZh", descriptionZh).bind("descriptionEn", descriptionEn);
        // a change on one side may settle (or raise) the other's period check
        numerator.addValueChangeListener(e -> {
            if (!denominator.isEmpty()) {
                denominatorBinding.validate();
            }
        });
    }

    /** The live check of one side: the service reads the expression as it would on save. */
    private ValidationResult checked(String side) {
        return indicators.expressionProblem(side, numerator.getValue(), denominator.getValue(), code.getValue(), original.getId())
                .map(problem -> ValidationResult.error(message(problem))).orElse(ValidationResult.ok());
    }

    private String message(ExpressionProblem problem) {
        return getTranslation(problem.messageKey(), arguments(problem.args()));
    }

    /** Period types in a message are said in words (月报, 季报). */
    private Object[] arguments(Object[] raw) {
        return Arrays.stream(raw).map(a -> a instanceof Frequency f ? getTranslation("statistics.frequency." + f.name()) : a).toArray();
    }

    private StringLengthValidator length(int max) {
        return new StringLengthValidator(getTranslation("validation.maxLength", max), 0, max);
    }

    private Div previewPanel() {
        previewArea.setLabel(getTranslation("indicator.preview.area"));
        previewArea.setPlaceholder(getTranslation("indicator.preview.ownArea"));
        previewArea.setItems(q -> indicators.previewAreas(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        previewArea.setItemLabelGenerator(a -> a.name(getLocale()));
        previewArea.setClearButtonVisible(true);
        previewMonth.setLabel(getTranslation("indicator.preview.month"));
        List<LocalDate> months = new ArrayList<>();
        LocalDate month = Frequency.MONTHLY.periodStartOf(LocalDate.now());
        for (int i = 0; i < PREVIEW_MONTHS; i++) {
            months.add(month.minusMonths(i));
        }
        previewMonth.setItems(months);
        previewMonth.setItemLabelGenerator(Frequency.MONTHLY::label);
        previewMonth.setValue(month.minusMonths(1));
        preview.setText(getTranslation("indicator.preview.run"));
        preview.addClickListener(e -> preview());
        previewResult.addClassName("indicator-preview");
        Div row = new Div(previewArea, previewMonth, preview);
        row.addClassName("view-toolbar");
        return new Div(new H4(getTranslation("indicator.preview.title")), row, previewResult);
    }

    void preview() {
        if (previewMonth.getValue() == null) {
            previewMonth.setInvalid(true);
            previewMonth.setErrorMessage(getTranslation("validation.required"));
            return;
        }
        IndicatorDefinition draft = original.copy();
        binder.writeBeanAsDraft(draft, true);
        try {
            PreviewFigure figure = indicators.preview(draft, previewArea.getValue() == null ? null : previewArea.getValue().id(),
                    previewMonth.getValue());
            previewResult.setText(text(figure, draft));
        } catch (InvalidFieldException e) {
            showRefusal(e);
            previewResult.setText("");
        }
    }

    private String text(PreviewFigure figure, IndicatorDefinition draft) {
        if (figure.suppressed()) {
            return getTranslation("indicator.preview.suppressed");
        }
        if (figure.denominatorMissing()) {
            return getTranslation("indicator.preview.denominatorMissing");
        }
        if (figure.value() == null) {
            return getTranslation("indicator.preview.none");
        }
        String unit = draft.getFactor() == null ? "" : Indicator.symbolOf(draft.getFactor());
        if (figure.denominator() == null) {
            return getTranslation("indicator.preview.count", plain(figure.value()) + unit);
        }
        return getTranslation("indicator.preview.rate", plain(figure.value()) + unit, plain(figure.numerator()), plain(figure.denominator()));
    }

    private static String plain(BigDecimal number) {
        return number.toPlainString();
    }

    private void footer() {
        editing.addFooter(original, original.getNameZh(), mayEdit, save, retire, this::save, this::toggleRetired);
    }

    void save() {
        IndicatorDefinition edited = original.copy();
        if (!binder.writeBeanIfValid(edited)) {
            return;
        }
        FormSave.run(() -> {
            editing.done("indicator.saved", indicators.save(edited).getNameZh());
        }, this::showRefusal, () -> conflict.show(save));
    }

    private void showRefusal(InvalidFieldException e) {
        if (e instanceof ExpressionRefusedException expression) {
            formErrors.show(e, arguments(expression.arguments()));
        } else {
            formErrors.show(e, MAX_LENGTHS.getOrDefault(e.field(), 0));
        }
    }

    void toggleRetired() {
        boolean retiring = !original.isRetired();
        editing.toggleRetired(retiring, original.getNameZh(), () -> indicators.setRetired(original, retiring), this::showRefusal,
                () -> conflict.show(save));
    }
}
