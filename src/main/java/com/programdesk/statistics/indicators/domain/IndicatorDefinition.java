package com.programdesk.statistics.indicators.domain;

import com.programdesk.base.domain.Versioned;
import com.programdesk.statistics.catalog.domain.Direction;
import com.programdesk.statistics.catalog.domain.Indicator;
import com.programdesk.statistics.elements.domain.ElementDefinition;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An indicator as the catalogue page edits it: code, names, numerator and denominator expressions (no
 * denominator: a count), factor, decimals, direction, descriptions, its version for conflicts, the area whose
 * bureau keeps it (null: the whole installation) and whether it is retired.
 */
public class IndicatorDefinition implements Versioned {

    public static final int CODE_MAX = ElementDefinition.CODE_MAX;
    public static final int NAME_ZH_MAX = 100;
    public static final int NAME_EN_MAX = 200;
    public static final int EXPRESSION_MAX = 500;
    public static final int DESCRIPTION_MAX = 500;

    private @Nullable Long id;
    private @Nullable Integer version;
    private String code = "";
    private String nameZh = "";
    private String nameEn = "";
    private String numeratorExpression = "";
    private @Nullable String denominatorExpression;
    private Integer factor = 1;
    private Integer decimals = Indicator.SCALE;
    private Direction direction = Direction.RISING_IS_GOOD;
    private @Nullable String descriptionZh;
    private @Nullable String descriptionEn;
    private @Nullable Long areaId;
    private boolean retired;
    private @Nullable String retiredBy;
    private @Nullable LocalDateTime retiredAt;

    public boolean isNew() {
        return id == null;
    }

    /** A copy for editing, so a cancelled or refused edit leaves the original untouched. */
    public IndicatorDefinition copy() {
        IndicatorDefinition copy = new IndicatorDefinition();
        copy.id = id;
        copy.version = version;
        copy.code = code;
        copy.nameZh = nameZh;
        copy.nameEn = nameEn;
        copy.numeratorExpression = numeratorExpression;
        copy.denominatorExpression = denominatorExpression;
        copy.factor = factor;
        copy.decimals = decimals;
        copy.direction = direction;
        copy.descriptionZh = descriptionZh;
        copy.descriptionEn = descriptionEn;
        copy.areaId = areaId;
        copy.retired = retired;
        copy.retiredBy = retiredBy;
        copy.retiredAt = retiredAt;
        return copy;
    }

    /** What the audit log records of a change. */
    public Map<String, Object> auditFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("code", code);
        fields.put("nameZh", nameZh);
        fields.put("nameEn", nameEn);
        fields.put("numeratorExpression", numeratorExpression);
        fields.put("denominatorExpression", denominatorExpression);
        fields.put("factor", factor);
        fields.put("decimals", decimals);
        fields.put("direction", direction);
        fields.put("descriptionZh", descriptionZh);
        fields.put("descriptionEn", descriptionEn);
        fields.put("areaId", areaId);
        return fields;
    }

    public @Nullable Long getId() {
        return id;
    }

    public void setId(@Nullable Long id) {
        this.id = id;
    }

    @Override
    public @Nullable Integer getVersion() {
        return version;
    }

    public void setVersion(@Nullable Integer version) {
        this.version = version;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
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

    public @Nullable Long getAreaId() {
        return areaId;
    }

    public void setAreaId(@Nullable Long areaId) {
        this.areaId = areaId;
    }

    public boolean isRetired() {
        return retired;
    }

    public void setRetired(boolean retired) {
        this.retired = retired;
    }

    public @Nullable String getRetiredBy() {
        return retiredBy;
    }

    public void setRetiredBy(@Nullable String retiredBy) {
        this.retiredBy = retiredBy;
    }

    public @Nullable LocalDateTime getRetiredAt() {
        return retiredAt;
    }

    public void setRetiredAt(@Nullable LocalDateTime retiredAt) {
        this.retiredAt = retiredAt;
    }
}
