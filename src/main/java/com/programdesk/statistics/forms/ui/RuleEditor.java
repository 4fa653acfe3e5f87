package com.programdesk.statistics.forms.ui;

import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.base.ui.ConflictNotice;
import com.programdesk.base.ui.FieldLimits;
import com.programdesk.base.ui.FormErrors;
import com.programdesk.base.ui.FormSave;
import com.programdesk.statistics.catalog.domain.DataElement;
import com.programdesk.statistics.catalog.domain.ReportForm;
import com.programdesk.statistics.catalog.domain.RuleOperator;
import com.programdesk.statistics.catalog.domain.Severity;
import com.programdesk.statistics.catalog.ui.CatalogueEditorSupport;
import com.programdesk.statistics.elements.domain.ElementDefinition;
import com.programdesk.statistics.expressions.domain.ExpressionProblem;
import com.programdesk.statistics.expressions.service.ExpressionRefusedException;
import com.programdesk.statistics.rules.domain.RuleDefinition;
import com.programdesk.statistics.rules.domain.RuleFailure;
import com.programdesk.statistics.rules.domain.RuleTestResult;
import com.programdesk.statistics.rules.service.RuleMaintenance;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.programdesk.statistics.catalog.ui.ElementPicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Creates or edits a validation rule of a form: code (fixed once saved), left expression, operator, right
 * expression (each checked while typing: syntax, codes on the form, units), importance and message in both
 * languages; below, "test on past reports" lists the stored reports of a range of periods the rule as edited
 * fails on. Works on a copy: a cancelled or refused save leaves the rule as it was.
 */
class RuleEditor extends Dialog {

    /** Failures listed by one test; the result says when there are more. */
    static final int TEST_LIMIT = 100;
    private static final int TEST_YEARS = 10;
    private static final Map<String, Integer> MAX_LENGTHS = Map.of(RuleMaintenance.LEFT, RuleDefinition.EXPRESSION_MAX,
            RuleMaintenance.RIGHT, RuleDefinition.EXPRESSION_MAX, "messageZh", RuleDefinition.MESSAGE_MAX,
            "messageEn", RuleDefinition.MESSAGE_MAX);

    final TextField code = FieldLimits.maxLength(new TextField(), RuleDefinition.CODE_MAX);
    final Select<Severity> severity = new Select<>();
    final TextField left = FieldLimits.maxLength(new TextField(), RuleDefinition.EXPRESSION_MAX);
    final Select<RuleOperator> operator = new Select<>();
    final TextField right = FieldLimits.maxLength(new TextField(), RuleDefinition.EXPRESSION_MAX);
    final ElementPicker leftPicker;
    final ElementPicker rightPicker;
    final TextField messageZh = FieldLimits.maxLength(new TextField(), RuleDefinition.MESSAGE_MAX);
    final TextField messageEn = FieldLimits.maxLength(new TextField(), RuleDefinition.MESSAGE_MAX);
    final ComboBox<LocalDate> testFrom = new ComboBox<>();
    final ComboBox<LocalDate> testTo = new ComboBox<>();
    final Button test = new Button();
    final Span testSummary = new Span();
    final Grid<RuleFailure> failures = new Grid<>();
    final Paragraph notice = new Paragraph();
    final Button save = new Button();
    final Button retire = new Button();
    final ConflictNotice conflict = new ConflictNotice();

    private final transient RuleMaintenance rules;
    private final ReportForm form;
    private final RuleDefinition original;
    private final boolean mayEdit;
    private final CatalogueEditorSupport editing;
    private final Binder<RuleDefinition> binder = new Binder<>(RuleDefinition.class);
    private final FormErrors formErrors = new FormErrors();

    RuleEditor(RuleMaintenance rules, ReportForm form, RuleDefinition rule, boolean mayEdit, Runnable onSaved) {
        this.rules = rules;
        this.form = form;
        List<DataElement> named = form.elements().stream().flatMap(row -> java.util.stream.Stream.concat(java.util.stream.Stream.of(row.element()),
                row.cells().stream().map(com.programdesk.statistics.catalog.domain.OptionCell::element))).toList();
        this.leftPicker = new ElementPicker(named, left, getTranslation("rule.insertIntoLeft"));
        this.rightPicker = new ElementPicker(named, right, getTranslation("rule.insertIntoRight"));
        this.original = rule;
        this.mayEdit = mayEdit;
        this.editing = new CatalogueEditorSupport(this, "rule", onSaved);
        setHeaderTitle(rule.isNew() ? getTranslation("rule.new") : getTranslation("rule.editTitle", rule.getCode()));
        setWidth("min(60rem, 95vw)");
        labels();
        severity.setItems(Severity.values());
        severity.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        operator.setItems(RuleOperator.values());
        operator.setItemLabelGenerator(RuleOperator::symbol);
        code.setReadOnly(!rule.isNew());
        code.setHelperText(rule.isNew() ? getTranslation("dataElement.help.code") : null);
        left.setValueChangeMode(ValueChangeMode.LAZY);
        right.setValueChangeMode(ValueChangeMode.LAZY);
        left.setHelperText(getTranslation("rule.help.left"));
        right.setHelperText(getTranslation("rule.help.right", codes()));
        bind();
        binder.readBean(rule);
        editing.readOnlyNotice(notice, binder, mayEdit);
        leftPicker.setVisible(mayEdit);
        rightPicker.setVisible(mayEdit);
        FormLayout layout = new FormLayout(code, severity, left, leftPicker, operator, right, rightPicker, messageZh, messageEn);
        layout.setColspan(left, 2);
        layout.setColspan(leftPicker, 2);
        layout.setColspan(right, 2);
        layout.setColspan(rightPicker, 2);
        layout.setColspan(messageZh, 2);
        layout.setColspan(messageEn, 2);
        add(conflict, notice, layout, testPanel());
        footer();
    }

    private String codes() {
        return rules.elements(form.id()).stream().map(DataElement::code).collect(Collectors.joining(", "));
    }

    private void labels() {
        code.setLabel(getTranslation("rule.field.code"));
        severity.setLabel(getTranslation("rule.field.severity"));
        left.setLabel(getTranslation("rule.field.left"));
        operator.setLabel(getTranslation("rule.field.operator"));
        right.setLabel(getTranslation("rule.field.right"));
        messageZh.setLabel(getTranslation("rule.field.messageZh"));
        messageEn.setLabel(getTranslation("rule.field.messageEn"));
    }

    private void bind() {
        String required = getTranslation("validation.required");
        binder.forField(code).asRequired(required)
                .withValidator(c -> !original.isNew() || ElementDefinition.CODE_PATTERN.matcher(c.strip().toUpperCase(Locale.ROOT)).matches(),
                        getTranslation("dataElement.error.codePattern"))
                .bind(RuleDefinition::getCode, RuleDefinition::setCode);
        binder.forField(severity).asRequired(required).bind(RuleDefinition::getSeverity, RuleDefinition::setSeverity);
        binder.forField(left).withValidator((value, context) -> checked(RuleMaintenance.LEFT))
                .bind(RuleDefinition::getLeftExpression, RuleDefinition::setLeftExpression);
        binder.forField(operator).asRequired(required).bind(RuleDefinition::getOperator, RuleDefinition::setOperator);
        Binder.Binding<RuleDefinition, String> rightBinding = binder.forField(right)
                .withValidator((value, context) -> checked(RuleMaintenance.RIGHT))
                .bind(RuleDefinition::getRightExpression, RuleDefinition::setRightExpression);
        binder.forField(messageZh).asRequired(required).withValidator(length(RuleDefinition.MESSAGE_MAX))
                .bind(RuleDefinition::getMessageZh, RuleDefinition::setMessageZh);
        binder.forField(messageEn).asRequired(required).withValidator(length(RuleDefinition.MESSAGE_MAX))
                .bind(RuleDefinition::getMessageEn, RuleDefinition::setMessageEn);
        formErrors.bind("code", code).bind("severity", severity).bind(RuleMaintenance.LEFT, left).bind("operator", operator)
                .bind(RuleMaintenance.RIGHT, right).bind("messageZh", messageZh).bind("messageEn", messageEn)
                .bind("testFrom", testFrom).bind("testTo", testTo);
        // the units of the left side may settle (or raise) the right side's check
        left.addValueChangeListener(e -> {
            if (!right.isEmpty()) {
                rightBinding.validate();
            }
        });
    }

    /** The live check of one side: the service reads the expression as it would on save. */
    private ValidationResult checked(String side) {
        return rules.expressionProblem(form.id(), side, left.getValue(), right.getValue(), original.getId())
                .map(problem -> ValidationResult.error(message(problem))).orElse(ValidationResult.ok());
    }

    private String message(ExpressionProblem problem) {
        return getTranslation(problem.messageKey(), problem.args());
    }

    private StringLengthValidator length(int max) {
        return new StringLengthValidator(getTranslation("validation.maxLength", max), 0, max);
    }

    private Div testPanel() {
        List<LocalDate> periods = new ArrayList<>();
        LocalDate period = form.frequency().previous(form.frequency().periodStartOf(LocalDate.now()));
        for (int i = 0; i < TEST_YEARS * 12 / form.frequency().months(); i++) {
            periods.add(period);
            period = form.frequency().previous(period);
        }
        for (ComboBox<LocalDate> box : List.of(testFrom, testTo)) {
            box.setItems(periods);
            box.setItemLabelGenerator(form.frequency()::label);
        }
        testFrom.setLabel(getTranslation("rule.test.from"));
        testTo.setLabel(getTranslation("rule.test.to"));
        testTo.setValue(periods.getFirst());
        testFrom.setValue(periods.get(Math.min(periods.size() - 1, 12 / form.frequency().months() - 1)));
        test.setText(getTranslation("rule.test.run"));
        test.addClickListener(e -> runTest());
        failures.addColumn(RuleFailure::institutionName).setHeader(getTranslation("rule.test.institution")).setFlexGrow(2);
        failures.addColumn(f -> form.frequency().label(f.periodStart())).setHeader(getTranslation("rule.test.period")).setWidth("7rem").setFlexGrow(0);
        failures.addColumn(f -> getTranslation("statistics.status." + f.status())).setHeader(getTranslation("rule.test.status"))
                .setWidth("8rem").setFlexGrow(0);
        failures.addColumn(f -> plain(f.left())).setHeader(getTranslation("rule.test.left")).setWidth("7rem").setFlexGrow(0);
        failures.addColumn(f -> plain(f.right())).setHeader(getTranslation("rule.test.right")).setWidth("7rem").setFlexGrow(0);
        failures.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        failures.setAllRowsVisible(true);
        failures.setVisible(false);
        Div row = new Div(testFrom, testTo, test);
        row.addClassName("view-toolbar");
        return new Div(new H4(getTranslation("rule.test.title")), new Paragraph(getTranslation("rule.test.help")), row, testSummary, failures);
    }

    /** At most four decimals, without trailing zeros: 3, 2.5, 0.3333. */
    static String plain(BigDecimal number) {
        BigDecimal rounded = number.setScale(Math.min(number.scale(), 4), java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    }

    void runTest() {
        RuleDefinition draft = original.copy();
        binder.writeBeanAsDraft(draft, true);
        try {
            RuleTestResult result = rules.testOnPastReports(draft, testFrom.getValue(), testTo.getValue(), TEST_LIMIT);
            failures.setItems(result.failures());
            failures.setVisible(!result.failures().isEmpty());
            testSummary.setText(result.failures().isEmpty() ? getTranslation("rule.test.none", 0, result.reportsChecked())
                    : getTranslation(result.more() ? "rule.test.more" : "rule.test.found", result.failures().size(), result.reportsChecked()));
        } catch (InvalidFieldException e) {
            showRefusal(e);
            testSummary.setText("");
            failures.setVisible(false);
        }
    }

    private void footer() {
        editing.addFooter(original, original.getCode(), mayEdit, save, retire, this::save, this::toggleRetired);
    }

    void save() {
        RuleDefinition edited = original.copy();
        if (!binder.writeBeanIfValid(edited)) {
            return;
        }
        FormSave.run(() -> {
            editing.done("rule.saved", rules.save(edited).getCode());
        }, this::showRefusal, () -> conflict.show(save));
    }

    private void showRefusal(InvalidFieldException e) {
        if (e instanceof ExpressionRefusedException expression) {
            formErrors.show(e, expression.arguments());
        } else {
            formErrors.show(e, MAX_LENGTHS.getOrDefault(e.field(), 0));
        }
    }

    void toggleRetired() {
        boolean retiring = !original.isRetired();
        editing.toggleRetired(retiring, original.getCode(), () -> rules.setRetired(original, retiring), this::showRefusal,
                () -> conflict.show(save));
    }
}
