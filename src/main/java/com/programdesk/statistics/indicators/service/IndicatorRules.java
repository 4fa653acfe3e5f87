package com.programdesk.statistics.indicators.service;

import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.base.service.TextInput;
import com.programdesk.statistics.catalog.domain.Aggregation;
import com.programdesk.statistics.catalog.domain.DataElement;
import com.programdesk.statistics.catalog.domain.FormElement;
import com.programdesk.statistics.catalog.domain.Frequency;
import com.programdesk.statistics.catalog.domain.Indicator;
import com.programdesk.statistics.catalog.domain.ReportForm;
import com.programdesk.statistics.catalog.service.StatisticsCatalog;
import com.programdesk.statistics.elements.domain.ElementDefinition;
import com.programdesk.statistics.expressions.domain.Expression;
import com.programdesk.statistics.expressions.domain.ExpressionException;
import com.programdesk.statistics.expressions.domain.ExpressionProblem;
import com.programdesk.statistics.expressions.service.ExpressionRefusedException;
import com.programdesk.statistics.indicators.domain.IndicatorDefinition;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What an indicator must be before it is stored; each refusal names its field. Expressions name data elements
 * only, never other indicators: so no indicator can name itself, directly or through another, and a cycle cannot
 * arise. A code is refused when no element has it, when it is an indicator's, or when the element is retired (unless
 * the stored indicator already named it). The flow elements both sides name must be reported in the same periods
 * (all on monthly forms, or all on quarterly ones); stocks (population) are read per year and may join any.
 */
public final class IndicatorRules {

    public static final String NUMERATOR = "numeratorExpression";
    public static final String DENOMINATOR = "denominatorExpression";

    private final JdbcClient jdbc;
    private final StatisticsCatalog catalog;

    IndicatorRules(JdbcClient jdbc, StatisticsCatalog catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    /** Strips the texts, upper-cases the code and checks every field; {@code before} is the stored indicator when editing. */
    void check(IndicatorDefinition indicator, @Nullable IndicatorDefinition before) {
        String code = indicator.getCode() == null ? "" : indicator.getCode().strip().toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            throw new InvalidFieldException("code", "validation.required");
        }
        if (before != null && !code.equals(before.getCode())) {
            throw new InvalidFieldException("code", "indicator.error.codeFixed");
        }
        if (!ElementDefinition.CODE_PATTERN.matcher(code).matches()) {
            throw new InvalidFieldException("code", "dataElement.error.codePattern");
        }
        if (before == null && isCodeTaken(code, null)) {
            throw new InvalidFieldException("code", "indicator.error.codeTaken");
        }
        indicator.setCode(code);
        indicator.setNameZh(TextInput.required(indicator.getNameZh(), "nameZh", IndicatorDefinition.NAME_ZH_MAX));
        if (isNameTaken(indicator.getNameZh(), indicator.getId())) {
            throw new InvalidFieldException("nameZh", "indicator.error.nameTaken");
        }
        indicator.setNameEn(TextInput.required(indicator.getNameEn(), "nameEn", IndicatorDefinition.NAME_EN_MAX));
        indicator.setNumeratorExpression(TextInput.required(indicator.getNumeratorExpression(), NUMERATOR, IndicatorDefinition.EXPRESSION_MAX));
        indicator.setDenominatorExpression(TextInput.optional(indicator.getDenominatorExpression(), DENOMINATOR,
                IndicatorDefinition.EXPRESSION_MAX));
        problem(NUMERATOR, indicator.getNumeratorExpression(), indicator.getDenominatorExpression(), code, before)
                .ifPresent(p -> refuse(NUMERATOR, p));
        problem(DENOMINATOR, indicator.getNumeratorExpression(), indicator.getDenominatorExpression(), code, before)
                .ifPresent(p -> refuse(DENOMINATOR, p));
        if (indicator.getFactor() == null || !Indicator.FACTORS.contains(indicator.getFactor())) {
            throw new InvalidFieldException("factor", "indicator.error.factor");
        }
        if (indicator.getDecimals() == null || indicator.getDecimals() < 0 || indicator.getDecimals() > Indicator.MAX_DECIMALS) {
            throw new InvalidFieldException("decimals", "indicator.error.decimals");
        }
        if (indicator.getDirection() == null) {
            throw new InvalidFieldException("direction", "validation.required");
        }
        indicator.setDescriptionZh(TextInput.optional(indicator.getDescriptionZh(), "descriptionZh", IndicatorDefinition.DESCRIPTION_MAX));
        indicator.setDescriptionEn(TextInput.optional(indicator.getDescriptionEn(), "descriptionEn", IndicatorDefinition.DESCRIPTION_MAX));
    }

    private static void refuse(String field, ExpressionProblem problem) {
        throw new ExpressionRefusedException(field, problem);
    }

    /**
     * What is wrong with one side ({@link #NUMERATOR} or {@link #DENOMINATOR}) given both as typed: its syntax, the
     * codes it names, and its periods against the other side's (checked on the denominator when both read).
     */
    Optional<ExpressionProblem> problem(String side, @Nullable String numerator, @Nullable String denominator, @Nullable String ownCode,
                                        @Nullable IndicatorDefinition before) {
        boolean ofNumerator = NUMERATOR.equals(side);
        String source = ofNumerator ? numerator : denominator;
        if (source == null || source.isBlank()) {
            return ofNumerator ? Optional.of(new ExpressionProblem("validation.required", List.of())) : Optional.empty();
        }
        Map<String, DataElement> elements = catalog.elements().stream().collect(Collectors.toMap(DataElement::code, Function.identity()));
        Expression expression;
        try {
            expression = Expression.parse(source);
        } catch (ExpressionException e) {
            return Optional.of(new ExpressionProblem(e.messageKey(), List.of(e.arguments())));
        }
        String named = before == null ? "" : before.getNumeratorExpression() + " " + before.getDenominatorExpression();
        for (String code : expression.codes()) {
            DataElement element = elements.get(code);
            if (element == null) {
                boolean indicator = code.equals(ownCode) || catalog.indicators().stream().anyMatch(i -> i.code().equals(code));
                return Optional.of(new ExpressionProblem(indicator ? "expression.error.namesIndicator" : "expression.error.unknownCode",
                        List.of(code)));
            }
            if (element.retired() && !named.contains("#{" + code + "}")) {
                return Optional.of(new ExpressionProblem("expression.error.retiredCode", List.of(code)));
            }
        }
        Map<String, Frequency> periods = periods(elements, ofNumerator ? List.of() : codesOf(numerator));
        return mixedPeriods(expression.codes(), elements, periods);
    }

    /** The period types of the flow elements already seen (the numerator's, when checking the denominator). */
    private Map<String, Frequency> periods(Map<String, DataElement> elements, List<String> seen) {
        Map<String, Frequency> periods = new HashMap<>();
        for (String code : seen) {
            DataElement element = elements.get(code);
            if (element != null) {
                frequencyOf(element).ifPresent(f -> periods.put(code, f));
            }
        }
        return periods;
    }

    private Optional<ExpressionProblem> mixedPeriods(List<String> codes, Map<String, DataElement> elements, Map<String, Frequency> seen) {
        for (String code : codes) {
            Optional<Frequency> frequency = frequencyOf(elements.get(code));
            if (frequency.isEmpty()) {
                continue;
            }
            for (Map.Entry<String, Frequency> other : seen.entrySet()) {
                if (other.getValue() != frequency.get()) {
                    return Optional.of(new ExpressionProblem("expression.error.periodTypes",
                            List.of(code, frequency.get(), other.getKey(), other.getValue())));
                }
            }
            seen.put(code, frequency.get());
        }
        return Optional.empty();
    }

    /** How often a flow element is reported: its first active form's period type; none for stocks and elements on no form. */
    private Optional<Frequency> frequencyOf(DataElement element) {
        if (element.aggregation() == Aggregation.LATEST) {
            return Optional.empty();
        }
        for (ReportForm form : catalog.forms()) {
            for (FormElement row : form.elements()) {
                if (row.element().id() == element.id()) {
                    return Optional.of(form.frequency());
                }
            }
        }
        return Optional.empty();
    }

    private static List<String> codesOf(@Nullable String source) {
        try {
            return source == null || source.isBlank() ? List.of() : Expression.parse(source).codes();
        } catch (ExpressionException e) {
            return List.of();
        }
    }

    boolean isCodeTaken(String code, @Nullable Long exceptId) {
        return jdbc.sql("SELECT COUNT(*) FROM indicator WHERE code = :code AND id <> :except")
                .param("code", code.strip()).param("except", exceptId == null ? -1L : exceptId).query(Long.class).single() > 0;
    }

    private boolean isNameTaken(String nameZh, @Nullable Long exceptId) {
        return jdbc.sql("SELECT COUNT(*) FROM indicator WHERE name_zh = :name AND id <> :except")
                .param("name", nameZh).param("except", exceptId == null ? -1L : exceptId).query(Long.class).single() > 0;
    }
}
