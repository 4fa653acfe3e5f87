package com.programdesk.statistics.dashboard.service;

import com.programdesk.area.domain.Area;
import com.programdesk.area.domain.AreaMoved;
import com.programdesk.institution.domain.InstitutionMoved;
import com.programdesk.statistics.reporting.domain.StatReport;
import com.programdesk.statistics.reporting.service.AreaLineage;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * stat_area_total: approved values of flow (SUM) elements added up per area, in the institution's area and every
 * area above it, so that any area's figure (township to province) is one primary key range. Kept in the
 * approval's transaction by {@link StatFacts}; moves of institutions and areas take their facts out of the areas
 * they left and into those they joined. Stocks (population) are not added up here: an area's population is its
 * own figure (area_population), never the sum of what its institutions filed.
 */
@Component
class AreaTotals {

    private static final String ADD_UP = """
            ON DUPLICATE KEY UPDATE total = stat_area_total.total + VALUES(total), reporters = stat_area_total.reporters + VALUES(reporters)""";

    private final JdbcClient jdbc;
    private final AreaLineage lineage;

    AreaTotals(JdbcClient jdbc, AreaLineage lineage) {
        this.jdbc = jdbc;
        this.lineage = lineage;
    }

    void add(StatReport report) {
        List<Long> areas = lineage.ofInstitution(report.getInstitutionId());
        if (areas.isEmpty()) {
            return;
        }
        jdbc.sql("""
                INSERT INTO stat_area_total (data_element_id, area_id, period_start, total, reporters)
                SELECT v.data_element_id, a.id, :period, v.value, 1 FROM stat_value v
                JOIN data_element e ON e.id = v.data_element_id AND e.aggregation IN ('SUM', 'AVERAGE')
                JOIN area a ON a.id IN (:areas)
                WHERE v.stat_report_id = :report AND v.value IS NOT NULL
                """ + ADD_UP)
                .param("period", report.getPeriodStart()).param("areas", areas).param("report", report.getId()).update();
    }

    /** Takes the report's facts out of every area; runs before the facts themselves are deleted. */
    void remove(StatReport report) {
        List<Long> areas = lineage.ofInstitution(report.getInstitutionId());
        if (areas.isEmpty()) {
            return;
        }
        jdbc.sql("""
                UPDATE stat_area_total t JOIN stat_fact f ON f.data_element_id = t.data_element_id AND f.period_start = t.period_start
                SET t.total = t.total - f.value, t.reporters = t.reporters - 1
                WHERE t.area_id IN (:areas) AND f.institution_id = :institution AND f.period_start = :period
                  AND f.data_element_id IN (SELECT v.data_element_id FROM stat_value v WHERE v.stat_report_id = :report)""")
                .param("areas", areas).param("institution", report.getInstitutionId()).param("period", report.getPeriodStart())
                .param("report", report.getId()).update();
        jdbc.sql("DELETE FROM stat_area_total WHERE area_id IN (:areas) AND period_start = :period AND reporters = 0")
                .param("areas", areas).param("period", report.getPeriodStart()).update();
    }

    @EventListener
    void on(InstitutionMoved moved) {
        AreaLineage.Move move = AreaLineage.between(lineage.ofArea(moved.oldAreaId()), lineage.ofArea(moved.newAreaId()));
        if (!move.left().isEmpty()) {
            jdbc.sql("""
                    UPDATE stat_area_total t JOIN stat_fact f ON f.data_element_id = t.data_element_id AND f.period_start = t.period_start
                    SET t.total = t.total - f.value, t.reporters = t.reporters - 1
                    WHERE t.area_id IN (:areas) AND f.institution_id = :institution""")
                    .param("areas", move.left()).param("institution", moved.institutionId()).update();
            jdbc.sql("DELETE FROM stat_area_total WHERE area_id IN (:areas) AND reporters = 0").param("areas", move.left()).update();
        }
        if (!move.joined().isEmpty()) {
            jdbc.sql("""
                    INSERT INTO stat_area_total (data_element_id, area_id, period_start, total, reporters)
                    SELECT f.data_element_id, a.id, f.period_start, f.value, 1 FROM stat_fact f
                    JOIN data_element e ON e.id = f.data_element_id AND e.aggregation IN ('SUM', 'AVERAGE')
                    JOIN area a ON a.id IN (:areas)
                    WHERE f.institution_id = :institution
                    """ + ADD_UP)
                    .param("areas", move.joined()).param("institution", moved.institutionId()).update();
        }
    }

    @EventListener
    void on(AreaMoved moved) {
        AreaLineage.Move move = AreaLineage.between(Area.lineage(moved.oldPath()), Area.lineage(moved.newPath()));
        if (!move.left().isEmpty()) {
            jdbc.sql("""
                    UPDATE stat_area_total t JOIN stat_area_total m
                         ON m.data_element_id = t.data_element_id AND m.period_start = t.period_start AND m.area_id = :moved
                    SET t.total = t.total - m.total, t.reporters = t.reporters - m.reporters
                    WHERE t.area_id IN (:areas)""")
                    .param("moved", moved.areaId()).param("areas", move.left()).update();
            jdbc.sql("DELETE FROM stat_area_total WHERE area_id IN (:areas) AND reporters = 0").param("areas", move.left()).update();
        }
        if (!move.joined().isEmpty()) {
            jdbc.sql("""
                    INSERT INTO stat_area_total (data_element_id, area_id, period_start, total, reporters)
                    SELECT m.data_element_id, a.id, m.period_start, m.total, m.reporters FROM stat_area_total m
                    JOIN area a ON a.id IN (:areas) WHERE m.area_id = :moved
                    """ + ADD_UP)
                    .param("moved", moved.areaId()).param("areas", move.joined()).update();
        }
    }

    /**
     * Everything afresh from stat_fact, for facts loaded outside the workflow (the province benchmark): each
     * institution's own area, then level by level up the tree.
     */
    void rebuild() {
        jdbc.sql("DELETE FROM stat_area_total").update();
        jdbc.sql("""
                INSERT INTO stat_area_total (data_element_id, area_id, period_start, total, reporters)
                SELECT f.data_element_id, i.area_id, f.period_start, SUM(f.value), COUNT(*)
                FROM stat_fact f JOIN data_element e ON e.id = f.data_element_id AND e.aggregation IN ('SUM', 'AVERAGE')
                JOIN institution i ON i.id = f.institution_id WHERE i.area_id IS NOT NULL
                GROUP BY f.data_element_id, i.area_id, f.period_start""").update();
        for (String level : List.of("TOWNSHIP", "COUNTY", "CITY")) {
            jdbc.sql("""
                    INSERT INTO stat_area_total (data_element_id, area_id, period_start, total, reporters)
                    SELECT t.data_element_id, a.parent_id, t.period_start, SUM(t.total), SUM(t.reporters)
                    FROM stat_area_total t JOIN area a ON a.id = t.area_id WHERE a.level = :level AND a.parent_id IS NOT NULL
                    GROUP BY t.data_element_id, a.parent_id, t.period_start
                    """ + ADD_UP).param("level", level).update();
        }
    }
}
