package com.programdesk.api.web;

import com.programdesk.api.service.ApiReads;
import com.programdesk.program.activities.domain.CalendarEntry;
import com.programdesk.statistics.catalog.domain.Frequency;
import com.programdesk.statistics.dashboard.domain.Figure;
import com.programdesk.statistics.dashboard.domain.Trend;
import com.programdesk.statistics.dashboard.domain.TrendSeries;
import com.programdesk.statistics.reporting.domain.PeriodCompleteness;
import com.programdesk.task.domain.TaskSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The API's reads: report completeness per form and period, indicator values for an area, tasks of an
 * institution, activities of a period (JSON or iCalendar). Each needs its scope and shows what a person
 * of the client's role and binding would see.
 */
@RestController
@RequestMapping(ApiEndpoints.BASE)
@SecurityRequirement(name = OpenApiConfiguration.BEARER)
class ApiReadController {

    private final ApiReads reads;

    ApiReadController(ApiReads reads) {
        this.reads = reads;
    }

    @GetMapping("/reports/completeness")
    @Tag(name = "reports", description = "Report status and completeness (scope reports:read)")
    @Operation(summary = "Expected, received, on-time, late, missing reports of a form per period, over the client's area")
    List<CompletenessRow> completeness(@Parameter(description = "Form code, e.g. EARLY_PREGNANCY") @RequestParam String form,
                                       @Parameter(description = "First period: 2024-01, 2024Q1 or 2024 as the form is filed") @RequestParam String from,
                                       @Parameter(description = "Last period") @RequestParam String to) {
        return reads.completeness(form, from, to).stream().map(CompletenessRow::of).toList();
    }

    @GetMapping("/indicators/values")
    @Tag(name = "statistics", description = "Indicator values (scope statistics:read)")
    @Operation(summary = "An indicator period by period for an area, from approved reports; counts under the threshold "
            + "withheld (suppressed) for clients that must not see them")
    IndicatorValues indicatorValues(@Parameter(description = "Indicator code, e.g. REPEAT_ABORTION_RATE") @RequestParam String indicator,
                                    @Parameter(description = "Area code (行政区划代码); the client's own area by default") @RequestParam(required = false) @Nullable String area,
                                    @Parameter(description = "First month, 2024-01") @RequestParam String from,
                                    @Parameter(description = "Last month, 2024-12") @RequestParam String to,
                                    @Parameter(description = "MONTHLY, QUARTERLY or YEARLY; the indicator's own by default") @RequestParam(required = false) @Nullable Frequency granularity) {
        Trend trend = reads.indicatorValues(indicator, area, from, to, granularity);
        List<SeriesValues> series = new ArrayList<>();
        for (TrendSeries s : trend.series()) {
            List<PeriodValue> values = new ArrayList<>();
            for (int i = 0; i < trend.periods().size(); i++) {
                Figure f = s.figures().get(i);
                values.add(new PeriodValue(trend.granularity().label(trend.periods().get(i)), f.value(), f.numerator(), f.denominator(),
                        f.suppressed(), f.denominatorMissing()));
            }
            series.add(new SeriesValues(s.name(), s.areaId(), s.institutionId(), values));
        }
        return new IndicatorValues(trend.indicator().code(), trend.indicator().nameZh(), trend.indicator().nameEn(),
                trend.granularity().name(), series);
    }

    @GetMapping("/tasks")
    @Tag(name = "tasks", description = "Tasks of institutions (scope tasks:read)")
    @Operation(summary = "Tasks of an institution: an institution's client its own; an area's client any institution of its area (all when none is named)")
    List<TaskRow> tasks(@Parameter(description = "Institution code, e.g. YQ-H2") @RequestParam(required = false) @Nullable String institution,
                        @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "100") int limit) {
        return reads.tasks(institution, offset, limit).stream().map(TaskRow::of).toList();
    }

    @GetMapping("/activities")
    @Tag(name = "calendar", description = "Activities of a period (scope calendar:read)")
    @Operation(summary = "Activities of [from, to] the client sees, in time order")
    List<ActivityRow> activities(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                 @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                 @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "200") int limit) {
        return reads.activities(from, to, offset, limit).stream().map(ActivityRow::of).toList();
    }

    @GetMapping("/activities.ics")
    @Tag(name = "calendar")
    @Operation(summary = "The same activities as an iCalendar (RFC 5545) file",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/calendar")))
    void activitiesIcs(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                       @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                       HttpServletResponse response) throws IOException {
        response.setContentType("text/calendar;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"activities.ics\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        reads.activitiesIcs(from, to, "Program Desk", out);
        out.flush();
    }

    record CompletenessRow(String period, LocalDate periodStart, LocalDate dueDate, int expected, int received, int onTime, int late,
                           int missing, int pending, @Nullable BigDecimal receivedRate, @Nullable BigDecimal onTimeRate) {
        static CompletenessRow of(PeriodCompleteness p) {
            var t = p.tally();
            return new CompletenessRow(p.periodStart().toString().substring(0, 7), p.periodStart(), p.dueDate(), t.expected(), t.received(),
                    t.onTime(), t.late(), t.missing(), t.pending(), t.receivedRate().orElse(null), t.onTimeRate().orElse(null));
        }
    }

    record IndicatorValues(String indicator, String nameZh, String nameEn, String granularity, List<SeriesValues> series) {
    }

    record SeriesValues(String name, @Nullable Long areaId, @Nullable Long institutionId, List<PeriodValue> values) {
    }

    /** One period's figure; {@code suppressed} when it rests on counts under the threshold the client must not see. */
    record PeriodValue(String period, @Nullable BigDecimal value, @Nullable BigDecimal numerator, @Nullable BigDecimal denominator,
                       boolean suppressed, boolean denominatorMissing) {
    }

    record TaskRow(long id, @Nullable Long parentId, String title, @Nullable Long institutionId, LocalDate dueDate, String status,
                   String priority, int progressPercent, long programId) {
        static TaskRow of(TaskSummary t) {
            return new TaskRow(t.id(), t.parentId(), t.title(), t.leadInstitutionId(), t.dueDate(), t.status().name(), t.priority().name(),
                    t.progressPercent(), t.programId());
        }
    }

    record ActivityRow(long id, String title, String type, String status, @Nullable LocalDateTime startsAt, @Nullable LocalDateTime endsAt,
                       @Nullable LocalDate windowStart, @Nullable LocalDate windowEnd, long organiserId, @Nullable String place) {
        static ActivityRow of(CalendarEntry e) {
            return new ActivityRow(e.id(), e.title(), e.type().name(), e.status().name(), e.startsAt(), e.endsAt(), e.windowStart(),
                    e.windowEnd(), e.organiserId(), e.place());
        }
    }
}
