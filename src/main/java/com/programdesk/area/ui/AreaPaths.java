package com.programdesk.area.ui;

import com.programdesk.area.domain.AreaSummary;
import com.programdesk.area.service.AreaService;
import java.io.Serializable;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Breadcrumbs of areas (浙江省 / 温州市 / 乐清市), with the names of the areas above looked up once
 * per page of rows and kept for the life of the view.
 */
class AreaPaths implements Serializable {

    static final String SEPARATOR = " / ";

    private final transient AreaService areas;
    private final Map<Long, AreaSummary> known = new HashMap<>();

    AreaPaths(AreaService areas) {
        this.areas = areas;
    }

    /** Looks up, in one query, the areas above those given that are not known yet. */
    <T extends Collection<AreaSummary>> T load(T page) {
        page.forEach(area -> known.put(area.id(), area));
        List<Long> missing = page.stream().flatMap(area -> area.lineage().stream()).distinct()
                .filter(id -> !known.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            known.putAll(areas.summaries(missing));
        }
        return page;
    }

    /** The areas above {@code area}, root first; empty for a province. */
    String above(AreaSummary area, Locale locale) {
        List<Long> lineage = area.lineage();
        return names(lineage.subList(0, Math.max(0, lineage.size() - 1)), locale);
    }

    /** The whole way down to {@code area}, itself last. */
    String of(AreaSummary area, Locale locale) {
        known.put(area.id(), area);
        load(List.of(area));
        return names(area.lineage(), locale);
    }

    void forget() {
        known.clear();
    }

    private String names(List<Long> ids, Locale locale) {
        return ids.stream().map(known::get).filter(Objects::nonNull).map(a -> a.name(locale)).collect(Collectors.joining(SEPARATOR));
    }
}
