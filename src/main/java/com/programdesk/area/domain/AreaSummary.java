package com.programdesk.area.domain;

import java.io.Serial;
import java.io.Serializable;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** An area as pickers and breadcrumbs show it. */
public record AreaSummary(long id, String code, AreaLevel level, String nameZh, @Nullable String nameEn, String path,
                          boolean active) implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    public static AreaSummary of(Area area) {
        return new AreaSummary(java.util.Objects.requireNonNull(area.getId()), area.getCode(), area.getLevel(), area.getNameZh(),
                area.getNameEn(), area.getPath(), area.isActive());
    }

    public String name(Locale locale) {
        return com.programdesk.base.domain.Localized.pick(locale, nameZh, nameEn);
    }

    public boolean hasChildren() {
        return level.hasChildren();
    }
}
