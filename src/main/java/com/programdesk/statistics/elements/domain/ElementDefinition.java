package com.programdesk.statistics.elements.domain;

import com.programdesk.statistics.catalog.domain.Aggregation;
import com.programdesk.statistics.catalog.domain.KeptCatalogueItem;
import com.programdesk.statistics.catalog.domain.ValueType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A data element as the catalogue page edits it: everything a bureau may set, its version for
 * conflicts, the area whose bureau keeps it (null: the whole installation) and whether it is retired.
 */
public class ElementDefinition extends KeptCatalogueItem {

    public static final int CODE_MAX = 40;
    /** An upper-case letter first, then upper-case letters, digits and underscores: codes are keys in rules and files. */
    public static final Pattern CODE_PATTERN = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
    public static final int NAME_ZH_MAX = 100;
    public static final int NAME_EN_MAX = 200;
    public static final int SHORT_NAME_ZH_MAX = 30;
    public static final int SHORT_NAME_EN_MAX = 50;
    public static final int UNIT_MAX = 20;
    public static final int DESCRIPTION_MAX = 500;

    private @Nullable String shortNameZh;
    private @Nullable String shortNameEn;
    private ValueType valueType = ValueType.WHOLE_NUMBER;
    private Aggregation aggregation = Aggregation.SUM;
    private String unitZh = "";
    private String unitEn = "";
    private @Nullable String descriptionZh;
    private @Nullable String descriptionEn;
    /** The disaggregation: none, one category, or two (their options crossed). */
    private @Nullable Long firstCategoryId;
    private @Nullable Long secondCategoryId;

    /** A copy for editing, so a cancelled or refused edit leaves the original untouched. */
    public ElementDefinition copy() {
        ElementDefinition copy = new ElementDefinition();
        copy.shortNameZh = shortNameZh;
        copy.shortNameEn = shortNameEn;
        copy.valueType = valueType;
        copy.aggregation = aggregation;
        copy.unitZh = unitZh;
        copy.unitEn = unitEn;
        copy.descriptionZh = descriptionZh;
        copy.descriptionEn = descriptionEn;
        copy.firstCategoryId = firstCategoryId;
        copy.secondCategoryId = secondCategoryId;
        return copyItemInto(copy);
    }

    /** The fields shown in the audit log. */
    public Map<String, Object> auditFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("code", getCode());
        fields.put("nameZh", getNameZh());
        fields.put("nameEn", getNameEn());
        fields.put("shortNameZh", shortNameZh);
        fields.put("shortNameEn", shortNameEn);
        fields.put("valueType", valueType);
        fields.put("aggregation", aggregation);
        fields.put("unitZh", unitZh);
        fields.put("unitEn", unitEn);
        fields.put("descriptionZh", descriptionZh);
        fields.put("descriptionEn", descriptionEn);
        fields.put("areaId", getAreaId());
        fields.put("firstCategoryId", firstCategoryId);
        fields.put("secondCategoryId", secondCategoryId);
        return fields;
    }

    public @Nullable String getShortNameZh() {
        return shortNameZh;
    }

    public void setShortNameZh(@Nullable String shortNameZh) {
        this.shortNameZh = shortNameZh;
    }

    public @Nullable String getShortNameEn() {
        return shortNameEn;
    }

    public void setShortNameEn(@Nullable String shortNameEn) {
        this.shortNameEn = shortNameEn;
    }

    public ValueType getValueType() {
        return valueType;
    }

    public void setValueType(ValueType valueType) {
        this.valueType = valueType;
    }

    public Aggregation getAggregation() {
        return aggregation;
    }

    public void setAggregation(Aggregation aggregation) {
        this.aggregation = aggregation;
    }

    public String getUnitZh() {
        return unitZh;
    }

    public void setUnitZh(String unitZh) {
        this.unitZh = unitZh;
    }

    public String getUnitEn() {
        return unitEn;
    }

    public void setUnitEn(String unitEn) {
        this.unitEn = unitEn;
    }

    public @Nullable String getDescriptionZh() {
        return descriptionZh;
    }

    public void setDescriptionZh(@Nullable String descriptionZh) {
        this.descriptionZh = descriptionZh;
    }

    public @Nullable String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(@Nullable String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public @Nullable Long getFirstCategoryId() {
        return firstCategoryId;
    }

    public void setFirstCategoryId(@Nullable Long firstCategoryId) {
        this.firstCategoryId = firstCategoryId;
    }

    public @Nullable Long getSecondCategoryId() {
        return secondCategoryId;
    }

    public void setSecondCategoryId(@Nullable Long secondCategoryId) {
        this.secondCategoryId = secondCategoryId;
    }

    /** The categories chosen, in order. */
    public java.util.List<Long> categoryIds() {
        java.util.List<Long> ids = new java.util.ArrayList<>();
        if (firstCategoryId != null) {
            ids.add(firstCategoryId);
        }
        if (secondCategoryId != null) {
            ids.add(secondCategoryId);
        }
        return ids;
    }
}
