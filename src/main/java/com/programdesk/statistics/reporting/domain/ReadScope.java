package com.programdesk.statistics.reporting.domain;

import java.io.Serial;
import java.io.Serializable;

/**
 * What a statistics read covers, as the user may see it: the whole installation (unbound bureau staff, viewers and
 * administrators: {@code areaId} null), one area and everything below it, or only the institutions the user reaches
 * (institution and association staff: no area figures at all).
 */
public record ReadScope(Kind kind, Long areaId, String path, String nameZh, String nameEn) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public enum Kind { INSTALLATION, AREA, REACH }

    public static final ReadScope INSTALLATION = new ReadScope(Kind.INSTALLATION, null, null, null, null);
    public static final ReadScope REACH = new ReadScope(Kind.REACH, null, null, null, null);

    public static ReadScope area(long areaId, String path, String nameZh, String nameEn) {
        return new ReadScope(Kind.AREA, areaId, path, nameZh, nameEn);
    }

    public boolean isArea() {
        return kind == Kind.AREA;
    }

    public boolean isInstallation() {
        return kind == Kind.INSTALLATION;
    }

    /** Whether figures of an area (or the installation) are read, rather than institutions' own. */
    public boolean hasAreaFigures() {
        return kind != Kind.REACH;
    }

    public String name(java.util.Locale locale) {
        return com.programdesk.base.domain.Localized.pick(locale, nameZh, nameEn);
    }
}
