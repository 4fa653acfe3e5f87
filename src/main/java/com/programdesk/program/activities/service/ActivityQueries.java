package com.programdesk.program.activities.service;

import com.programdesk.program.activities.domain.ActivityFilter;
import com.programdesk.program.activities.domain.ActivityStatus;
import com.programdesk.program.activities.domain.ActivityType;
import com.programdesk.program.activities.domain.CalendarEntry;
import com.programdesk.security.service.AreaScope;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;

/** SQL shared by the calendar and the exports: which activities a date range and the filters select. */
public final class ActivityQueries {

    public static final String ENTRY_COLUMNS = """
            a.id, a.title, a.type, a.status, a.starts_at, a.ends_at, a.window_start, a.window_end, a.organiser_id, a.place""";

    /**
     * Reads the {@link #ENTRY_COLUMNS}, in their order. A month page maps a few hundred entries per view: mapped by
     * reflection and conversion service this was 2.3 % of all CPU at 1,000 users (docs/benchmarks.md, "Eighth round").
     */
    public static final RowMapper<CalendarEntry> ENTRY = (row, number) -> new CalendarEntry(row.getLong(1), row.getString(2),
            ActivityType.valueOf(row.getString(3)), ActivityStatus.valueOf(row.getString(4)),
            row.getObject(5, LocalDateTime.class), row.getObject(6, LocalDateTime.class),
            row.getObject(7, LocalDate.class), row.getObject(8, LocalDate.class), row.getLong(9), row.getString(10));

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
