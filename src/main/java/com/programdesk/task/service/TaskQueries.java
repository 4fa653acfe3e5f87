package com.programdesk.task.service;

import com.programdesk.base.service.LikePatterns;
import com.programdesk.security.service.AreaScope;
import com.programdesk.task.domain.TaskFilter;
import java.time.LocalDate;
import java.util.Map;

/** SQL shared by the task lists: the columns a list shows, the inbox rule and the bureau's filters. */
final class TaskQueries {

    static final String SUMMARY_COLUMNS =
            "t.id, t.parent_id, t.title, t.lead_institution_id, t.due_date, t.status, t.priority, t.progress_percent, t.program_id";

    private TaskQueries() {
    }

    static String inboxCondition() {
        return "(t.lead_institution_id IN (:reach) OR EXISTS (SELECT 1 FROM task_cooperator c WHERE c.task_id = t.id AND c.institution_id IN (:reach)))";
    }

    /**
     * The tasks a user bound to an area sees: those of its programs, those its institutions lead, and
     * the group tasks one of its institutions takes part in.
     */
    static String visibleIn(String parameter) {
        String institutions = AreaScope.institutions(parameter);
        return "(t.program_id IN " + AreaScope.programs(parameter) + " OR t.lead_institution_id IN " + institutions
                + " OR EXISTS (SELECT 1 FROM task scope_c WHERE scope_c.parent_id = t.id AND scope_c.lead_institution_id IN " + institutions + "))";
    }

    /** The area scope for a query: the clause (with a leading AND) or nothing when {@code areaPattern} is null. */
    static String scope(String areaPattern, Map<String, Object> params) {
        if (areaPattern == null) {
            return "";
        }
        params.put("areaScope", areaPattern);
        return " AND " + visibleIn("areaScope");
    }

    static String where(TaskFilter filter, LocalDate today, String areaPattern, Map<String, Object> params) {
        // by institution, status or lateness the table lists each institution's own task; otherwise groups stay rolled up
        boolean leaves = filter.institutionId() != null || filter.status() != null || filter.overdueOnly();
        StringBuilder where = new StringBuilder(leaves ? "t.lead_institution_id IS NOT NULL" : "t.parent_id IS NULL");
        where.append(scope(areaPattern, params));
        if (filter.programId() != null) {
            where.append(" AND t.program_id = :program");
            params.put("program", filter.programId());
        }
        if (filter.institutionId() != null) {
            where.append(" AND (t.lead_institution_id = :institution OR EXISTS (SELECT 1 FROM task_cooperator c WHERE c.task_id = t.id AND c.institution_id = :institution))");
            params.put("institution", filter.institutionId());
        }
        if (filter.status() != null) {
            where.append(" AND t.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.dueFrom() != null) {
            where.append(" AND t.due_date >= :dueFrom");
            params.put("dueFrom", filter.dueFrom());
        }
        if (filter.dueTo() != null) {
            where.append(" AND t.due_date <= :dueTo");
            params.put("dueTo", filter.dueTo());
        }
        if (filter.overdueOnly()) {
            where.append(" AND t.status <> 'ACCEPTED' AND t.due_date < :today");
            params.put("today", today);
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" AND t.title LIKE :text");
            params.put("text", LikePatterns.contains(filter.text()));
        }
        return where.toString();
    }
}
