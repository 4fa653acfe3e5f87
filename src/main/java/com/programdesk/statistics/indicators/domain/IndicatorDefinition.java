package com.programdesk.statistics.indicators.domain;

import com.programdesk.statistics.catalog.domain.Direction;
import com.programdesk.statistics.catalog.domain.Indicator;
import com.programdesk.statistics.catalog.domain.KeptCatalogueItem;
import com.programdesk.statistics.elements.domain.ElementDefinition;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An indicator as the catalogue page edits it: code, names, numerator and denominator expressions (no
 * denominator: a count), factor, decimals, direction, descriptions, its version for conflicts, the area whose
 * bureau keeps it (null: the whole installation) and whether it is retired.
 */
public class IndicatorDefinition extends KeptCatalogueItem {

    public static final int CODE_MAX = ElementDefinition.CODE_MAX;
    public static final int NAME_ZH_MAX = 100;
    public static final int NAME_EN_MAX = 200;
    public static final int EXPRESSION_MAX = 500;
    public static final int DESCRIPTION_MAX = 500;

    private String numeratorExpression = "";
    private @Nullable String denominatorExpression;
    private Integer factor = 1;
    private Integer decimals = Indicator.SCALE;
    private Direction direction = Direction.RISING_IS_GOOD;
    private @Nullable String descriptionZh;
    private @Nullable String descriptionEn;

    /** A copy for editing, so a cancelled or refused edit leaves the original untouched. */
    public IndicatorDefinition copy() {
        IndicatorDefinition copy = new IndicatorDefinition();
        copy.numeratorExpression = numeratorExpression;
        copy.denominatorExpression = denominatorExpression;
        copy.factor = factor;
        copy.decimals = decimals;
        copy.direction = direction;
        copy.descriptionZh = descriptionZh;
        copy.descriptionEn = descriptionEn;
        return copyItemInto(copy);
    }

    /** What the audit log records of a change. */
    public Map<String, Object> auditFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("code", getCode());
        fields.put("nameZh", getNameZh());
        fields.put("nameEn", getNameEn());
        fields.put("numeratorExpression", numeratorExpression);
        fields.put("denominatorExpression", denominatorExpression);
        fields.put("factor", factor);
        fields.put("decimals", decimals);
        fields.put("direction", direction);
        fields.put("descriptionZh", descriptionZh);
        fields.put("descriptionEn", descriptionEn);
        fields.put("areaId", getAreaId());
        return fields;
    }

    public String getNumeratorExpression() {
        return numeratorExpression;
    }

    public void setNumeratorExpression(String numeratorExpression) {
        this.numeratorExpression = numeratorExpression;
    }

    public @Nullable String getDenominatorExpression() {
        return denominatorExpression;
    }

    public void setDenominatorExpression(@Nullable String denominatorExpression) {
        this.denominatorExpression = denominatorExpression;
    }

    public Integer getFactor() {
        return factor;
    }

    public void setFactor(Integer factor) {
        this.factor = factor;
    }

    public Integer getDecimals() {
        return decimals;
    }

    public void setDecimals(Integer decimals) {
        this.decimals = decimals;
    }

    public Direction getDirection() {
        return direction;
    }

    public void setDirection(Direction direction) {
        this.direction = direction;
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
}
