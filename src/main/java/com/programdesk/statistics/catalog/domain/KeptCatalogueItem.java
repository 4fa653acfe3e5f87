package com.programdesk.statistics.catalog.domain;

import org.jspecify.annotations.Nullable;

/**
 * A catalogue item with names in both languages that an area's bureau keeps (a data element, a category, an
 * indicator): {@code areaId} is the area of whoever created it, null for the whole installation (column {@code area_id}).
 * A validation rule has neither: it is kept with its form.
 */
public abstract class KeptCatalogueItem extends CatalogueItem {

    private String nameZh = "";
    private String nameEn = "";
    private @Nullable Long areaId;

    @Override
    protected <T extends CatalogueItem> T copyItemInto(T copy) {
        if (copy instanceof KeptCatalogueItem kept) {
            kept.nameZh = nameZh;
            kept.nameEn = nameEn;
            kept.areaId = areaId;
        }
        return super.copyItemInto(copy);
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

    public @Nullable Long getAreaId() {
        return areaId;
    }

    public void setAreaId(@Nullable Long areaId) {
        this.areaId = areaId;
    }
}
