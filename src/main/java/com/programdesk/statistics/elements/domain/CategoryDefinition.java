package com.programdesk.statistics.elements.domain;

import com.programdesk.statistics.catalog.domain.CategoryOption;
import com.programdesk.statistics.catalog.domain.KeptCatalogueItem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A category as the catalogue page edits it: code, names, options in order, its version for conflicts, keeper area and status. */
public class CategoryDefinition extends KeptCatalogueItem {

    public static final int NAME_ZH_MAX = 100;
    public static final int NAME_EN_MAX = 200;
    public static final int OPTIONS_MIN = 2;

    private List<CategoryOption> options = new ArrayList<>();

    public CategoryDefinition copy() {
        CategoryDefinition copy = new CategoryDefinition();
        copy.options = new ArrayList<>(options);
        return copyItemInto(copy);
    }

    public Map<String, Object> auditFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("code", getCode());
        fields.put("nameZh", getNameZh());
        fields.put("nameEn", getNameEn());
        fields.put("options", options.stream().map(o -> o.code() + " " + o.nameZh() + " / " + o.nameEn()).collect(Collectors.joining("; ")));
        fields.put("areaId", getAreaId());
        return fields;
    }

    public List<CategoryOption> getOptions() {
        return options;
    }

    public void setOptions(List<CategoryOption> options) {
        this.options = new ArrayList<>(options);
    }
}
