package com.programdesk.api.service;

import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.program.activities.domain.ActivityFilter;
import com.programdesk.program.activities.domain.CalendarEntry;
import com.programdesk.program.calendar.service.ActivityExport;
import com.programdesk.program.activities.service.ActivityService;
import com.programdesk.security.domain.AuthenticatedUser;
import com.programdesk.security.service.CurrentUser;
import com.programdesk.statistics.catalog.domain.Frequency;
import com.programdesk.statistics.catalog.domain.Indicator;
import com.programdesk.statistics.catalog.domain.ReportForm;
import com.programdesk.statistics.catalog.service.StatisticsCatalog;
import com.programdesk.statistics.dashboard.domain.Trend;
import com.programdesk.statistics.dashboard.service.DashboardService;
import com.programdesk.statistics.reporting.domain.PeriodCompleteness;
import com.programdesk.statistics.reporting.service.CompletenessService;
import com.programdesk.task.domain.TaskFilter;
import com.programdesk.task.domain.TaskSummary;
import com.programdesk.task.service.TaskService;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an API client reads, through the portal's own services so that it sees exactly what a person of
 * its role and binding sees (a viewer's client gets small counts withheld, as the dashboard does). Codes
 * in the request (form, indicator, area, institution) are resolved here; unknown ones are refused at
 * their parameter.
 */
@Service
@Transactional(readOnly = true)
public class ApiReads {

    public static final int PAGE_MAX = 500;

    private final StatisticsCatalog catalog;
    private final CompletenessService completeness;
    private final DashboardService dashboard;
    private final TaskService tasks;
    private final ActivityService activities;
    private final ActivityExport export;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;

    ApiReads(StatisticsCatalog catalog, CompletenessService completeness, DashboardService dashboard, TaskService tasks,
             ActivityService activities, ActivityExport export, CurrentUser currentUser, JdbcClient jdbc) {
        this.catalog = catalog;
        this.completeness = completeness;
        this.dashboard = dashboard;
        this.tasks = tasks;
        this.activities = activities;
        this.export = export;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
    }

    /** Expected, received and on-time reports of a form per period, over the client's area. */
    @PreAuthorize("hasAuthority('SCOPE_reports:read')")
    public List<PeriodCompleteness> completeness(String formCode, String from, String to) {
        ReportForm form = catalog.formByCode(formCode).orElseThrow(() -> new InvalidFieldException("form", "api.error.unknownCode"));
        LocalDate start = period(form.frequency(), from, "from");
        LocalDate end = period(form.frequency(), to, "to");
        return completeness.byPeriod(form.id(), start, end);
    }

    /** An indicator period by period for an area (the client's own by default), as the dashboard computes it. */
    @PreAuthorize("hasAuthority('SCOPE_statistics:read')")
    public Trend indicatorValues(String indicatorCode, @Nullable String areaCode, String from, String to, @Nullable Frequency granularity) {
        Indicator indicator = catalog.indicatorByCode(indicatorCode).filter(i -> !i.retired())
                .orElseThrow(() -> new InvalidFieldException("indicator", "api.error.unknownCode"));
        Long areaId = null;
        if (areaCode != null && !areaCode.isBlank()) {
            areaId = jdbc.sql("SELECT id FROM area WHERE code = ?").param(areaCode.strip()).query(Long.class).optional()
                    .orElseThrow(() -> new InvalidFieldException("area", "api.error.unknownCode"));
            if (!dashboard.reads(areaId)) {
                throw new InvalidFieldException("area", "api.error.outsideArea");
            }
        }
        Frequency step = granularity == null ? dashboard.frequencyOf(indicator.id()) : granularity;
        LocalDate start = period(Frequency.MONTHLY, from, "from");
        LocalDate end = period(Frequency.MONTHLY, to, "to");
        if (end.isBefore(start)) {
            throw new InvalidFieldException("to", "api.error.range");
        }
        return dashboard.trend(areaId, indicator.id(), start, end, step, List.of());
    }

    /** Tasks of an institution: an institution's client its own (its inbox), an area's client any institution of its area. */
    @PreAuthorize("hasAuthority('SCOPE_tasks:read')")
    public List<TaskSummary> tasks(@Nullable String institutionCode, int offset, int limit) {
        AuthenticatedUser user = currentUser.require();
        int page = Math.clamp(limit, 1, PAGE_MAX);
        if (user.role().requiresInstitution()) {
            return tasks.inbox(Math.max(0, offset), page);
        }
        Long institutionId = null;
        if (institutionCode != null && !institutionCode.isBlank()) {
            institutionId = jdbc.sql("SELECT id FROM institution WHERE code = ?").param(institutionCode.strip()).query(Long.class).optional()
                    .orElseThrow(() -> new InvalidFieldException("institution", "api.error.unknownCode"));
            if (!user.canReach(institutionId)) {
                throw new InvalidFieldException("institution", "api.error.outsideArea");
            }
        }
        return tasks.search(new TaskFilter(null, institutionId, null, null, null, false, null), Math.max(0, offset), page);
    }

    /** Activities of [from, to] that the client sees, in time order. */
    @PreAuthorize("hasAuthority('SCOPE_calendar:read')")
    public List<CalendarEntry> activities(LocalDate from, LocalDate to, int offset, int limit) {
        checkRange(from, to);
        return activities.agenda(from, to, ActivityFilter.none(), Math.max(0, offset), Math.clamp(limit, 1, PAGE_MAX));
    }

    /** The same activities as an iCalendar (RFC 5545) file, as the calendar page exports them. */
    @PreAuthorize("hasAuthority('SCOPE_calendar:read')")
    public void activitiesIcs(LocalDate from, LocalDate to, String calendarName, Writer out) {
        checkRange(from, to);
        export.writeIcs(from, to, ActivityFilter.none(), calendarName, out);
    }

    private static void checkRange(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidFieldException("to", "api.error.range");
        }
        if (from.plusYears(2).isBefore(to)) {
            throw new InvalidFieldException("to", "api.error.rangeTooLong");
        }
    }

    private static LocalDate period(Frequency frequency, String text, String field) {
        if (text == null || text.isBlank()) {
            throw new InvalidFieldException(field, "validation.required");
        }
        return frequency.parse(text.strip()).orElseThrow(() -> new InvalidFieldException(field, "api.error.period"));
    }
}
