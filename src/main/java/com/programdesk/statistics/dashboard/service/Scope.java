package com.programdesk.statistics.dashboard.service;

import java.util.List;

/**
 * Whose counts a figure is made of: the whole installation (stat_total), one area and everything below it
 * (stat_area_total, and the area's own population), or a list of institutions (stat_fact; no population: an
 * institution has no population of its own, so a rate per population has no denominator there).
 */
record Scope(Long areaId, List<Long> institutionIds) {

    static final Scope INSTALLATION = new Scope(null, null);

    Scope {
        institutionIds = institutionIds == null ? null : List.copyOf(institutionIds);
    }

    static Scope area(long areaId) {
        return new Scope(areaId, null);
    }

    static Scope institutions(List<Long> institutionIds) {
        return new Scope(null, institutionIds);
    }

    boolean isInstitutions() {
        return institutionIds != null;
    }

    boolean isArea() {
        return areaId != null;
    }
}
