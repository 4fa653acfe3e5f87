package com.programdesk.statistics.dashboard.service;

import com.programdesk.area.domain.AreaMoved;
import com.programdesk.institution.domain.InstitutionMoved;
import com.programdesk.statistics.reporting.domain.StatReport;
import com.programdesk.statistics.reporting.service.AreaLineage;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Population figures (denominators such as women of childbearing age) per area and year, in area_population. A
 * figure is entered (typed or pasted by a coordinator, or read from an approved yearly report of a stock element,
 * which is then the population of the filing institution's area for the report's year), or rolled up: an area
 * without a figure of its own gets the sum of its children when every active child has one, and none otherwise.
 * Every write walks up the tree and refreshes the rolled-up figures above it, in the same transaction.
 */
@Component
class AreaPopulations {

    private final JdbcClient jdbc;
    private final AreaLineage lineage;

    AreaPopulations(JdbcClient jdbc, AreaLineage lineage) {
        this.jdbc = jdbc;
        this.lineage = lineage;
    }

    /** One area's figure of one year. */
    record Figure(long value, boolean entered, Long sourceInstitutionId) {
    }

    Optional<Figure> find(long areaId, long elementId, int year) {
        return jdbc.sql("SELECT value, entered, source_institution_id FROM area_population WHERE data_element_id = :element AND area_id = :area AND year = :year")
                .param("element", elementId).param("area", areaId).param("year", year)
                .query((rs, n) -> new Figure(rs.getLong(1), rs.getBoolean(2), rs.getObject(3, Long.class))).optional();
    }

    /** A figure of the area's own (typed, pasted, or from an institution's approved report); the areas above follow. */
    void enter(long areaId, long elementId, int year, long value, Long sourceInstitutionId) {
        jdbc.sql("""
                INSERT INTO area_population (area_id, data_element_id, year, value, entered, source_institution_id)
                VALUES (:area, :element, :year, :value, TRUE, :source)
                ON DUPLICATE KEY UPDATE value = VALUES(value), entered = TRUE, source_institution_id = VALUES(source_institution_id)""")
                .param("area", areaId).param("element", elementId).param("year", year).param("value", value)
                .param("source", sourceInstitutionId).update();
        refreshAbove(areaId, elementId, year);
    }

    /** Removes the area's own figure; it may then be the sum of its children again. */
    void clear(long areaId, long elementId, int year) {
        Optional<Figure> own = find(areaId, elementId, year).filter(Figure::entered);
        if (own.isEmpty()) {
            return;
        }
        jdbc.sql("DELETE FROM area_population WHERE data_element_id = :element AND area_id = :area AND year = :year AND entered")
                .param("element", elementId).param("area", areaId).param("year", year).update();
        refreshFrom(areaId, elementId, year, own.get().value());
    }

    /** An approved report's stock values become its institution's area's figures for the report's year. */
    void approved(StatReport report) {
        Long area = areaOf(report.getInstitutionId());
        if (area == null) {
            return;
        }
        stockValues(report).forEach((element, value) -> enter(area, element, report.getPeriodStart().getYear(), value, report.getInstitutionId()));
    }

    /** A reopened report's figures go again (only those that still came from it). */
    void withdrawn(StatReport report) {
        Long area = areaOf(report.getInstitutionId());
        if (area == null) {
            return;
        }
        for (Long element : stockValues(report).keySet()) {
            int year = report.getPeriodStart().getYear();
            Optional<Figure> filed = find(area, element, year).filter(f -> f.sourceInstitutionId() != null && f.sourceInstitutionId() == report.getInstitutionId());
            if (filed.isPresent()) {
                jdbc.sql("DELETE FROM area_population WHERE data_element_id = :element AND area_id = :area AND year = :year")
                        .param("element", element).param("area", area).param("year", year).update();
                refreshFrom(area, element, year, filed.get().value());
            }
        }
    }

    /** The figures an institution's reports gave its old area are its new area's now. */
    @EventListener
    void on(InstitutionMoved moved) {
        if (moved.oldAreaId() == null) {
            return;
        }
        List<Object[]> filed = jdbc.sql("""
                SELECT data_element_id, year, value FROM area_population WHERE area_id = :area AND source_institution_id = :institution""")
                .param("area", moved.oldAreaId()).param("institution", moved.institutionId())
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getInt(2), rs.getLong(3)}).list();
        for (Object[] row : filed) {
            long element = (Long) row[0];
            int year = (Integer) row[1];
            jdbc.sql("DELETE FROM area_population WHERE data_element_id = :element AND area_id = :area AND year = :year")
                    .param("element", element).param("area", moved.oldAreaId()).param("year", year).update();
            refreshFrom(moved.oldAreaId(), element, year, (Long) row[2]);
            if (moved.newAreaId() != null) {
                enter(moved.newAreaId(), element, year, (Long) row[2], moved.institutionId());
            }
        }
    }

    /** The sums of the area's old and new parents (and above) change with their children. */
    @EventListener
    void on(AreaMoved moved) {
        Long oldParent = AreaLineage.parentOf(moved.oldPath());
        Long newParent = AreaLineage.parentOf(moved.newPath());
        for (Object[] key : jdbc.sql("SELECT DISTINCT data_element_id, year FROM area_population")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getInt(2)}).list()) {
            if (oldParent != null) {
                refreshFrom(oldParent, (Long) key[0], (Integer) key[1], null);
            }
            if (newParent != null) {
                refreshFrom(newParent, (Long) key[0], (Integer) key[1], null);
            }
        }
    }

    /**
     * Every figure afresh, for facts loaded outside the workflow (the province benchmark): the approved stock values as
     * their institutions' areas' figures (typed figures stay unless a report gives one), then the sums level by level.
     */
    void rebuild() {
        jdbc.sql("DELETE FROM area_population WHERE NOT entered").update();
        jdbc.sql("""
                INSERT INTO area_population (area_id, data_element_id, year, value, entered, source_institution_id)
                SELECT i.area_id, f.data_element_id, YEAR(f.period_start), f.value, TRUE, f.institution_id
                FROM stat_fact f JOIN data_element e ON e.id = f.data_element_id AND e.aggregation = 'LATEST'
                JOIN institution i ON i.id = f.institution_id WHERE i.area_id IS NOT NULL
                ON DUPLICATE KEY UPDATE value = VALUES(value), entered = TRUE, source_institution_id = VALUES(source_institution_id)""").update();
        for (String level : List.of("COUNTY", "CITY", "PROVINCE")) {
            jdbc.sql("""
                    INSERT INTO area_population (area_id, data_element_id, year, value, entered)
                    SELECT p.id, x.data_element_id, x.year, SUM(x.value), FALSE
                    FROM area p JOIN area ch ON ch.parent_id = p.id AND ch.active JOIN area_population x ON x.area_id = ch.id
                    WHERE p.level = :level AND NOT EXISTS (SELECT 1 FROM area_population own
                        WHERE own.area_id = p.id AND own.data_element_id = x.data_element_id AND own.year = x.year)
                    GROUP BY p.id, x.data_element_id, x.year
                    HAVING COUNT(*) = (SELECT COUNT(*) FROM area c WHERE c.parent_id = p.id AND c.active)""")
                    .param("level", level).update();
        }
    }

    /** Refreshes the sums above the area (its own figure has just changed). */
    private void refreshAbove(long areaId, long elementId, int year) {
        Long parent = parentOf(areaId);
        if (parent != null) {
            refreshFrom(parent, elementId, year, null);
        }
    }

    /**
     * Refreshes the area's rolled-up figure and those above it, stopping at an area with a figure of its own (nothing
     * above it depends on its children) or where nothing changed. {@code removed}: the figure of the area's own
     * that was just taken away (its parent's sum changes even if the area gets no sum in its place).
     */
    private void refreshFrom(long areaId, long elementId, int year, Long removed) {
        Long current = areaId;
        boolean first = true;
        while (current != null) {
            Optional<Figure> before = find(current, elementId, year);
            if (before.isPresent() && before.get().entered()) {
                return;
            }
            Long sum = childrenSum(current, elementId, year);
            if (sum == null) {
                jdbc.sql("DELETE FROM area_population WHERE data_element_id = :element AND area_id = :area AND year = :year AND NOT entered")
                        .param("element", elementId).param("area", current).param("year", year).update();
            } else {
                jdbc.sql("""
                        INSERT INTO area_population (area_id, data_element_id, year, value, entered) VALUES (:area, :element, :year, :value, FALSE)
                        ON DUPLICATE KEY UPDATE value = VALUES(value)""")
                        .param("area", current).param("element", elementId).param("year", year).param("value", sum).update();
            }
            Long was = first && removed != null ? removed : before.map(Figure::value).orElse(null);
            if (java.util.Objects.equals(was, sum)) {
                return;
            }
            first = false;
            current = parentOf(current);
        }
    }

    /** The sum of the active children's figures when every one of them has a figure; null otherwise (or without children). */
    private Long childrenSum(long areaId, long elementId, int year) {
        Map<String, Object> row = jdbc.sql("""
                SELECT COUNT(*) AS children, COUNT(p.value) AS figures, SUM(p.value) AS total
                FROM area c LEFT JOIN area_population p ON p.area_id = c.id AND p.data_element_id = :element AND p.year = :year
                WHERE c.parent_id = :area AND c.active""")
                .param("element", elementId).param("year", year).param("area", areaId).query().singleRow();
        long children = ((Number) row.get("children")).longValue();
        long figures = ((Number) row.get("figures")).longValue();
        return children > 0 && figures == children ? ((Number) row.get("total")).longValue() : null;
    }

    private Long parentOf(long areaId) {
        return jdbc.sql("SELECT parent_id FROM area WHERE id = :id").param("id", areaId)
                .query((rs, n) -> rs.getObject(1, Long.class)).list().stream().filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    private Long areaOf(long institutionId) {
        return jdbc.sql("SELECT area_id FROM institution WHERE id = :id").param("id", institutionId)
                .query((rs, n) -> rs.getObject(1, Long.class)).list().stream().filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    /** The report's non-empty values of stock (LATEST) elements, by element. */
    private Map<Long, Long> stockValues(StatReport report) {
        Map<Long, Long> values = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                SELECT v.data_element_id, v.value FROM stat_value v JOIN data_element e ON e.id = v.data_element_id AND e.aggregation = 'LATEST'
                WHERE v.stat_report_id = :report AND v.value IS NOT NULL""")
                .param("report", report.getId()).query(rs -> {
                    values.put(rs.getLong(1), rs.getLong(2));
                });
        return values;
    }
}
