package com.programdesk.program.activities.service;

import com.programdesk.program.activities.domain.ActivityFilter;
import com.programdesk.security.service.AreaScope;
import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** SQL shared by the calendar and the exports: which activities a date range and the filters select. */
public final class ActivityQueries {

    public static final String ENTRY_COLUMNS = """
            a.id, a.title, a.type, a.status, a.starts_at, a.ends_at, a.window_start, a.window_end, a.organiser_id, a.place""";

    private ActivityQueries() {
    }

    /**
     * The activities of [from, to] matching the filter, within the area scope.
     *
     * @param areaPattern the LIKE pattern of the reader's area (see {@link #visibleIn}); null for no limit
     */
    public static String where(String condition, LocalDate from, LocalDate to, ActivityFilter filter, @Nullable String areaPattern,
                        Map<String, Object> params) {
        StringBuilder where = new StringBuilder(condition).append(" AND a.window_start <= :to AND a.window_end >= :from");
        params.put("from", from);
        params.put("to", to);
        if (areaPattern != null) {
            where.append(" AND ").append(visibleIn("areaScope"));
            params.put("areaScope", areaPattern);
        }
        if (filter.programId() != null) {
            where.append(" AND a.program_id = :program");
            params.put("program", filter.programId());
        }
        if (filter.type() != null) {
            where.append(" AND a.type = :type");
            params.put("type", filter.type().name());
        }
        if (filter.status() != null) {
            where.append(" AND a.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.organiserId() != null) {
            where.append(" AND a.organiser_id = :organiser");
            params.put("organiser", filter.organiserId());
        }
        if (filter.audience() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM activity_audience aa WHERE aa.activity_id = a.id AND aa.audience = :audience)");
            params.put("audience", filter.audience().name());
        }
        return where.toString();
    }

    /**
     * Whom an activity is visible to in an area: its program belongs to the area (or below), or an
     * institution of the area organises it.
     */
    public static String visibleIn(String parameter) {
        return "(a.program_id IN " + AreaScope.programs(parameter) + " OR a.organiser_id IN " + AreaScope.institutions(parameter) + ")";
    }
}
