package com.programdesk.statistics.elements.service;

import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.base.service.TextInput;
import com.programdesk.statistics.catalog.domain.Aggregation;
import com.programdesk.statistics.catalog.domain.Disaggregation;
import com.programdesk.statistics.catalog.domain.ValueType;
import com.programdesk.statistics.elements.domain.ElementDefinition;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a data element must be before it is stored; each refusal names its field. The code is a
 * key (rules, files and imports name elements by it), so it is fixed once the element exists, and
 * what a value means (type, aggregation) is fixed once values were filed.
 */
final class ElementRules {

    private final JdbcClient jdbc;

    ElementRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Strips the texts, upper-cases the code, and checks every field; {@code before} is the stored element when editing. */
    void check(ElementDefinition element, @Nullable ElementDefinition before) {
        String code = element.getCode() == null ? "" : element.getCode().strip().toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            throw new InvalidFieldException("code", "validation.required");
        }
        if (before != null && !code.equals(before.getCode())) {
            throw new InvalidFieldException("code", "dataElement.error.codeFixed");
        }
        if (!ElementDefinition.CODE_PATTERN.matcher(code).matches()) {
            throw new InvalidFieldException("code", "dataElement.error.codePattern");
        }
        if (before == null && isCodeTaken(code, null)) {
            throw new InvalidFieldException("code", "dataElement.error.codeTaken");
        }
        element.setCode(code);
        element.setNameZh(TextInput.required(element.getNameZh(), "nameZh", ElementDefinition.NAME_ZH_MAX));
        if (isNameTaken(element.getNameZh(), element.getId())) {
            throw new InvalidFieldException("nameZh", "dataElement.error.nameTaken");
        }
        element.setNameEn(TextInput.required(element.getNameEn(), "nameEn", ElementDefinition.NAME_EN_MAX));
        element.setShortNameZh(TextInput.optional(element.getShortNameZh(), "shortNameZh", ElementDefinition.SHORT_NAME_ZH_MAX));
        element.setShortNameEn(TextInput.optional(element.getShortNameEn(), "shortNameEn", ElementDefinition.SHORT_NAME_EN_MAX));
        element.setUnitZh(TextInput.required(element.getUnitZh(), "unitZh", ElementDefinition.UNIT_MAX));
        element.setUnitEn(Objects.requireNonNullElse(TextInput.optional(element.getUnitEn(), "unitEn", ElementDefinition.UNIT_MAX), ""));
        element.setDescriptionZh(TextInput.optional(element.getDescriptionZh(), "descriptionZh", ElementDefinition.DESCRIPTION_MAX));
        element.setDescriptionEn(TextInput.optional(element.getDescriptionEn(), "descriptionEn", ElementDefinition.DESCRIPTION_MAX));
        checkMeaning(element, before);
    }

    private void checkMeaning(ElementDefinition element, @Nullable ElementDefinition before) {
        if (element.getValueType() == null) {
            throw new InvalidFieldException("valueType", "validation.required");
        }
        if (element.getAggregation() == null) {
            throw new InvalidFieldException("aggregation", "validation.required");
        }
        if (before != null && before.getId() != null) {
            boolean typeChanged = element.getValueType() != before.getValueType();
            if ((typeChanged || element.getAggregation() != before.getAggregation()) && holdsValues(before.getId())) {
                throw new InvalidFieldException(typeChanged ? "valueType" : "aggregation", "dataElement.error.valuesFiled");
            }
            if (!typeChanged && element.getAggregation() == before.getAggregation()) {
                return;
            }
        }
        if (!ValueType.offered().contains(element.getValueType())) {
            throw new InvalidFieldException("valueType", "dataElement.error.valueTypeNotOffered");
        }
        if (!element.getValueType().allows(element.getAggregation())) {
            throw new InvalidFieldException("aggregation", "dataElement.error.aggregationFor." + element.getValueType().name());
        }
    }

    /**
     * The disaggregation: none, one or two different categories, at most {@link Disaggregation#MAX_CELLS} cells, a
     * retired category not newly chosen, no percentages (a sum of them means nothing), and no change at all once
     * reports hold values for the element (its facts would silently mean something else).
     */
    void checkCombination(ElementDefinition element, @Nullable ElementDefinition before, CellElements cells) {
        if (element.getFirstCategoryId() == null && element.getSecondCategoryId() != null) {
            element.setFirstCategoryId(element.getSecondCategoryId());
            element.setSecondCategoryId(null);
        }
        List<Long> chosen = element.categoryIds();
        List<Long> stored = before == null ? List.of() : before.categoryIds();
        if (chosen.size() == 2 && chosen.get(0).equals(chosen.get(1))) {
            throw new InvalidFieldException("secondCategoryId", "dataElement.error.categoryTwice");
        }
        if (before != null && before.getId() != null && !chosen.equals(stored) && holdsValues(before.getId())) {
            throw new InvalidFieldException("firstCategoryId", "dataElement.error.combinationInUse");
        }
        if (chosen.isEmpty()) {
            return;
        }
        Disaggregation disaggregation = cells.disaggregation(chosen);
        for (int i = 0; i < chosen.size(); i++) {
            long id = chosen.get(i);
            String field = i == 0 ? "firstCategoryId" : "secondCategoryId";
            boolean known = disaggregation.categories().stream().anyMatch(c -> c.id() == id && (!c.retired() || stored.contains(id)));
            if (!known) {
                throw new InvalidFieldException(field, "dataElement.error.categoryRetired");
            }
        }
        if (element.getValueType() == ValueType.PERCENTAGE) {
            throw new InvalidFieldException("firstCategoryId", "dataElement.error.combinationNotSummed");
        }
        // a split element's value is the sum of its cells: only whole numbers added up mean that
        if (element.getValueType() != ValueType.WHOLE_NUMBER) {
            throw new InvalidFieldException("valueType", "dataElement.error.combinationWholeNumbers");
        }
        if (element.getAggregation() != Aggregation.SUM) {
            throw new InvalidFieldException("aggregation", "dataElement.error.combinationSummed");
        }
        if (disaggregation.cellCount() > Disaggregation.MAX_CELLS) {
            throw new InvalidFieldException(chosen.size() == 2 ? "secondCategoryId" : "firstCategoryId", "dataElement.error.tooManyCells");
        }
    }

    boolean isCodeTaken(String code, @Nullable Long exceptId) {
        return jdbc.sql("SELECT COUNT(*) FROM data_element WHERE code = :code AND id <> :except")
                .param("code", code.strip()).param("except", exceptId == null ? -1L : exceptId).query(Long.class).single() > 0;
    }

    private boolean isNameTaken(String nameZh, @Nullable Long exceptId) {
        return jdbc.sql("SELECT COUNT(*) FROM data_element WHERE name_zh = :name AND id <> :except")
                .param("name", nameZh).param("except", exceptId == null ? -1L : exceptId).query(Long.class).single() > 0;
    }

    /** True when any report (whatever its state) or population figure holds a value of the element. */
    boolean holdsValues(long elementId) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM stat_value WHERE data_element_id = :element AND value IS NOT NULL)
                    OR EXISTS (SELECT 1 FROM area_population WHERE data_element_id = :element)
                    OR EXISTS (SELECT 1 FROM data_element c JOIN stat_value v ON v.data_element_id = c.id
                               WHERE c.parent_id = :element AND v.value IS NOT NULL)""")
                .param("element", elementId).query(Boolean.class).single();
    }
}
