package com.programdesk.statistics.elements.domain;

import com.programdesk.base.domain.Versioned;
import com.programdesk.statistics.catalog.domain.CategoryOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** A category as the catalogue page edits it: code, names, options in order, its version for conflicts, keeper area and status. */
public class CategoryDefinition implements Versioned {

    public static final int NAME_ZH_MAX = 100;
    public static final int NAME_EN_MAX = 200;
    public static final int OPTIONS_MIN = 2;

    private @Nullable Long id;
    private @Nullable Integer version;
    private String code = "";
    private String nameZh = "";
    private String nameEn = "";
    private List<CategoryOption> options = new ArrayList<>();
    private @Nullable Long areaId;
    private boolean retired;

    public boolean isNew() {
        return id == null;
    }

    public CategoryDefinition copy() {
        CategoryDefinition copy = new CategoryDefinition();
        copy.id = id;
        copy.version = version;
        copy.code = code;
        copy.nameZh = nameZh;
        copy.nameEn = nameEn;
        copy.options = new ArrayList<>(options);
        copy.areaId = areaId;
        copy.retired = retired;
        return copy;
    }

    public Map<String, Object> auditFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("code", code);
        fields.put("nameZh", nameZh);
        fields.put("nameEn", nameEn);
        fields.put("options", options.stream().map(o -> o.code() + " " + o.nameZh() + " / " + o.nameEn()).collect(Collectors.joining("; ")));
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

    public List<CategoryOption> getOptions() {
        return options;
    }

    public void setOptions(List<CategoryOption> options) {
        this.options = new ArrayList<>(options);
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
}
