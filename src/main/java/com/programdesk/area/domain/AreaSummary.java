package com.programdesk.area.domain;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** An area as trees, pickers and breadcrumbs show it. */
public record AreaSummary(long id, String code, AreaLevel level, String nameZh, @Nullable String nameEn, String path,
                          boolean active, @Nullable LocalDate validFrom, @Nullable LocalDate validTo) implements Serializable {
    @Serial
    private static final long serialVersionUID = 2L;

    public AreaSummary(long id, String code, AreaLevel level, String nameZh, @Nullable String nameEn, String path, boolean active) {
        this(id, code, level, nameZh, nameEn, path, active, null, null);
    }

    public static AreaSummary of(Area area) {
        return new AreaSummary(java.util.Objects.requireNonNull(area.getId()), area.getCode(), area.getLevel(), area.getNameZh(),
                area.getNameEn(), area.getPath(), area.isActive(), area.getValidFrom(), area.getValidTo());
    }

    public String name(Locale locale) {
        return com.programdesk.base.domain.Localized.pick(locale, nameZh, nameEn);
    }

    public boolean hasChildren() {
        return level.hasChildren();
    }

    /** The ids from the root down to this area, this one last. */
    public java.util.List<Long> lineage() {
        return Area.lineage(path);
    }

    /** The id of the area above, none for a province. */
    public @Nullable Long parentId() {
        java.util.List<Long> lineage = lineage();
        return lineage.size() < 2 ? null : lineage.get(lineage.size() - 2);
    }
}
