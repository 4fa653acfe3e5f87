package com.programdesk.statistics.reporting.service;

import com.programdesk.area.domain.Area;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The areas a figure is counted in: an institution's own area and every area above it, read from
 * the area's path ({@code /1/4/9/}). Figures kept per area (completeness, totals, population) add
 * a report to each of them, and a move takes it out of the areas left and into the areas joined.
 */
@Component
public class AreaLineage {

    private final JdbcClient jdbc;

    AreaLineage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Areas that an area's figures move out of and into when it (or an institution) changes place; the areas shared stay. */
    public record Move(List<Long> left, List<Long> joined) {

        public boolean isEmpty() {
            return left.isEmpty() && joined.isEmpty();
        }
    }

    /** The institution's area and the areas above it, root first; empty for an institution not yet placed. */
    public List<Long> ofInstitution(long institutionId) {
        return jdbc.sql("SELECT a.path FROM institution i JOIN area a ON a.id = i.area_id WHERE i.id = :id").param("id", institutionId)
                .query(String.class).optional().map(Area::lineage).orElse(List.of());
    }

    /** The area and the areas above it, root first; empty for none. */
    public List<Long> ofArea(Long areaId) {
        if (areaId == null) {
            return List.of();
        }
        return jdbc.sql("SELECT path FROM area WHERE id = :id").param("id", areaId).query(String.class).optional()
                .map(Area::lineage).orElse(List.of());
    }

    /** Each institution's lineage at once (the drafts of an import), by institution id. */
    public Map<Long, List<Long>> ofInstitutions(Collection<Long> institutionIds) {
        Map<Long, List<Long>> lineages = new HashMap<>();
        if (institutionIds.isEmpty()) {
            return lineages;
        }
        jdbc.sql("SELECT i.id, a.path FROM institution i JOIN area a ON a.id = i.area_id WHERE i.id IN (:ids)").param("ids", institutionIds)
                .query(rs -> {
                    lineages.put(rs.getLong(1), Area.lineage(rs.getString(2)));
                });
        return lineages;
    }

    public static Move between(List<Long> before, List<Long> after) {
        List<Long> left = new ArrayList<>(before);
        left.removeAll(after);
        List<Long> joined = new ArrayList<>(after);
        joined.removeAll(before);
        return new Move(List.copyOf(left), List.copyOf(joined));
    }

    /** The parent of the area with this path, from the path alone; null for a root. */
    public static Long parentOf(String path) {
        List<Long> ids = Area.lineage(path);
        return ids.size() < 2 ? null : ids.get(ids.size() - 2);
    }
}
