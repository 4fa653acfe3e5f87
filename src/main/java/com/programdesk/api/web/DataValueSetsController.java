package com.programdesk.api.web;

import com.programdesk.api.domain.PushConflict;
import com.programdesk.api.domain.PushRefusedException;
import com.programdesk.api.domain.PushSummary;
import com.programdesk.api.service.DataValuePush;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/dataValueSets}: a regional platform pushes counts, checked and written as the file import does. */
@RestController
@RequestMapping(ApiEndpoints.BASE)
@Tag(name = "dataValueSets", description = "Pushing counts into draft reports (scope reports:write)")
@SecurityRequirement(name = OpenApiConfiguration.BEARER)
class DataValueSetsController {

    static final String CSV = "text/csv";
    private static final String JSON_EXAMPLE = """
            {"dataValues": [
              {"orgUnit": "YQ-H2", "period": "2019-01", "dataElement": "EP_VISITS", "value": 80},
              {"orgUnit": "YQ-H2", "period": "2019-01", "dataElement": "INDUCED_ABORTIONS", "value": 18}
            ]}""";
    private static final String WIDE_EXAMPLE = """
            {"rows": [
              {"orgUnit": "YQ-H2", "period": "2019-01", "values": {"EP_VISITS": 80, "INDUCED_ABORTIONS": 18}}
            ]}""";
    private static final String CSV_EXAMPLE = """
            机构编码,统计期,EP_VISITS,INDUCED_ABORTIONS
            YQ-H2,2019-01,80,18
            """;

    private final DataValuePush push;
    private final ApiProblems problems;

    DataValueSetsController(DataValuePush push, ApiProblems problems) {
        this.push = push;
        this.problems = problems;
    }

    @PostMapping(path = "/dataValueSets", consumes = {MediaType.APPLICATION_JSON_VALUE, CSV},
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    @Operation(summary = "Push counts (JSON or CSV) into draft reports",
            description = """
                    The same shapes and checks as the portal's file import (数据导入): one value per row (institution code, \
                    period, data element code, value) or one row per institution and period with a column (CSV) or a \
                    `values` entry (JSON) per data element. Values go into draft and returned reports only, never into \
                    submitted or approved ones. All or nothing: any conflict and nothing is written (409, every refused \
                    row listed). Pushing the same counts again changes nothing (all values `ignored`). A client bound to \
                    an institution pushes only that institution's rows.""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, examples = {
                            @ExampleObject(name = "a value per row", value = JSON_EXAMPLE),
                            @ExampleObject(name = "a row per institution and period", value = WIDE_EXAMPLE)}),
                    @Content(mediaType = CSV, examples = @ExampleObject(name = "CSV", value = CSV_EXAMPLE))}),
            responses = {
                    @ApiResponse(responseCode = "200", description = "Imported (or, with dryRun, checked): the import summary",
                            content = @Content(schema = @Schema(implementation = DataValueSetResult.class))),
                    @ApiResponse(responseCode = "409", description = "Rows refused, nothing written: a problem detail whose importSummary lists them",
                            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE)),
                    @ApiResponse(responseCode = "400", description = "Malformed JSON or not a table of counts",
                            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE)),
                    @ApiResponse(responseCode = "413", description = "Body or row count over the limit",
                            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE)),
                    @ApiResponse(responseCode = "415", description = "Neither application/json nor text/csv",
                            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))})
    ResponseEntity<?> push(@Parameter(description = "Check only, write nothing") @RequestParam(defaultValue = "false") boolean dryRun,
                           HttpServletRequest request) throws IOException {
        long limit = push.maxBytes();
        if (request.getContentLengthLong() > limit) {
            throw new PushRefusedException(PushRefusedException.Reason.TOO_LARGE, "body", "api.error.tooLarge", limit / (1024 * 1024));
        }
        boolean csv = request.getContentType() != null && MediaType.parseMediaType(request.getContentType()).isCompatibleWith(MediaType.parseMediaType(CSV));
        String name = "API " + (csv ? "CSV" : "JSON") + (dryRun ? " (dryRun)" : "");
        PushSummary summary = csv ? push.pushCsv(request.getInputStream(), name, dryRun) : push.pushJson(request.getInputStream(), name, dryRun);
        Locale locale = ApiProblems.locale(request);
        DataValueSetResult result = DataValueSetResult.of(summary, conflict -> reason(conflict, locale));
        if (summary.refused()) {
            ProblemDetail problem = problems.problem(request, HttpStatus.CONFLICT, "CONFLICTS", null, "api.error.conflicts",
                    summary.conflictCount());
            problem.setProperty("importSummary", result);
            return ResponseEntity.status(HttpStatus.CONFLICT).contentType(ApiProblems.PROBLEM_JSON).body(problem);
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(result);
    }

    private String reason(PushConflict conflict, Locale locale) {
        String detail = conflict.detailEn() != null && locale.getLanguage().equals("en") ? conflict.detailEn() : conflict.detail();
        return problems.translate(locale, conflict.kind().messageKey(), detail);
    }

    /** The answer to a push, shaped like DHIS2's import summary. */
    @Schema(name = "ImportSummary")
    record DataValueSetResult(@Schema(allowableValues = {"SUCCESS", "WARNING", "ERROR"}) String status, boolean dryRun, boolean written,
                              ImportCount importCount, long rows, long values, ReportCount reports, long conflictCount,
                              List<Conflict> conflicts, List<Conflict> warnings) {

        static DataValueSetResult of(PushSummary s, java.util.function.Function<PushConflict, String> reason) {
            String status = s.refused() ? "ERROR" : s.warnings().isEmpty() ? "SUCCESS" : "WARNING";
            return new DataValueSetResult(status, s.dryRun(), s.written(), new ImportCount(s.imported(), s.updated(), s.ignored(), 0),
                    s.rows(), s.values(), new ReportCount(s.reportsNew(), s.reportsChanged(), s.reportsUnchanged()), s.conflictCount(),
                    s.conflicts().stream().map(c -> Conflict.of(c, reason)).toList(),
                    s.warnings().stream().map(c -> Conflict.of(c, reason)).toList());
        }
    }

    /** Values new in their report, changed, and already stored with the same number; none are ever deleted. */
    record ImportCount(long imported, long updated, long ignored, long deleted) {
    }

    record ReportCount(@JsonProperty("new") long created, long changed, long unchanged) {
    }

    /** A refused row: its number, the field, a stable kind and the reason in the caller's language. */
    record Conflict(int row, String field, String kind, String reason, @Nullable String value) {
        static Conflict of(PushConflict c, java.util.function.Function<PushConflict, String> reason) {
            return new Conflict(c.row(), c.field(), c.kind().name(), reason.apply(c), c.detail().isEmpty() ? null : c.detail());
        }
    }
}
