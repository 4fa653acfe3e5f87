package com.programdesk.api.service;

import com.programdesk.api.domain.PushConflict;
import com.programdesk.api.domain.PushRefusedException.Reason;
import com.programdesk.api.domain.PushRefusedException;
import com.programdesk.api.domain.PushSummary;
import com.programdesk.base.jdbc.WithoutTransaction;
import com.programdesk.statistics.imports.domain.ImportProblem;
import com.programdesk.statistics.imports.domain.ImportProblemKind;
import com.programdesk.statistics.imports.domain.ImportProgress;
import com.programdesk.statistics.imports.domain.ImportSummary;
import com.programdesk.statistics.imports.service.ReportImportService;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Counts pushed by a regional platform ({@code POST /api/v1/dataValueSets}), checked and written exactly
 * as the file import does ({@link ReportImportService}): the same shapes (a value per row, or a row per
 * institution and period), the same checks per row, into draft and returned reports only, all or
 * nothing, and the same push twice changes nothing. The body is spooled to a temporary file as it
 * arrives and refused past {@code programdesk.api.push.max-bytes} or {@code max-rows}.
 */
@Service
public class DataValuePush {

    static final String PUSHERS = "hasAuthority('SCOPE_reports:write')";
    private static final String SPOOLS_THEN_IMPORTS = "spools the body to a file, then imports it through ReportImportService,"
            + " whose transactions run again on a lost node";
    private static final Map<String, String> JSON_FIELDS = Map.of(PushFile.ORG_UNIT, "orgUnit", PushFile.PERIOD, "period",
            PushFile.ELEMENT, "dataElement", PushFile.VALUE, "value");

    private final ReportImportService imports;
    private final long maxBytes;
    private final int maxRows;

    DataValuePush(ReportImportService imports, @Value("${programdesk.api.push.max-bytes:10485760}") long maxBytes,
                  @Value("${programdesk.api.push.max-rows:100000}") int maxRows) {
        this.imports = imports;
        this.maxBytes = maxBytes;
        this.maxRows = maxRows;
    }

    /** The largest body accepted, in bytes. */
    @PreAuthorize(PUSHERS)
    @WithoutTransaction("a configuration value")
    public long maxBytes() {
        return maxBytes;
    }

    /** Reads a CSV body (as the file import reads a CSV) and imports it; with {@code dryRun} only checks it. */
    @PreAuthorize(PUSHERS)
    @WithoutTransaction(SPOOLS_THEN_IMPORTS)
    public PushSummary pushCsv(InputStream body, String name, boolean dryRun) throws IOException {
        try (PushFile file = PushFile.csv(body, maxBytes, maxRows)) {
            return run(file, name, dryRun);
        }
    }

    /**
     * Reads a JSON body, {@code {"dataValues": [{"orgUnit", "period", "dataElement", "value"}, …]}} or
     * {@code {"rows": [{"orgUnit", "period", "values": {"CODE": 12, …}}, …]}}, and imports it.
     */
    @PreAuthorize(PUSHERS)
    @WithoutTransaction(SPOOLS_THEN_IMPORTS)
    public PushSummary pushJson(InputStream body, String name, boolean dryRun) throws IOException {
        try (PushFile file = PushFile.json(body, maxBytes, maxRows)) {
            return run(file, name, dryRun);
        }
    }

    private PushSummary run(PushFile file, String name, boolean dryRun) {
        ImportSummary summary = dryRun ? imports.preview(file.path, name, new ImportProgress())
                : imports.confirm(file.path, name, new ImportProgress());
        if (summary.isFatal()) {
            Reason reason = summary.fatalKey().equals("import.fatal.conflict") ? Reason.CONFLICT : Reason.NOT_COUNTS;
            throw new PushRefusedException(reason, "body", summary.fatalKey(), maxBytes / (1024 * 1024));
        }
        List<PushConflict> conflicts = new ArrayList<>();
        List<PushConflict> warnings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ImportProblem problem : summary.problems()) {
            PushConflict conflict = file.isJson() ? fromJson(file, problem) : new PushConflict(problem.row(), problem.column(),
                    problem.kind(), problem.detail(), problem.detailEn());
            if (file.isJson() && !seen.add(conflict.row() + "/" + conflict.field() + "/" + conflict.kind())) {
                continue; // a row of "rows" became a line per value: its institution or period is refused once
            }
            (problem.kind().isError() ? conflicts : warnings).add(conflict);
        }
        long conflictCount = file.isJson() && summary.errors() <= ImportSummary.LISTED ? conflicts.size() : summary.errors();
        return new PushSummary(dryRun, summary.written(), file.isJson() && file.isWide() ? countEntries(file, summary) : summary.rows(),
                summary.values(), summary.valuesNew(), summary.valuesUpdated(), summary.valuesUnchanged(), summary.reportsNew(),
                summary.reportsChanged(), summary.reportsUnchanged(), conflictCount, conflicts, warnings);
    }

    private static long countEntries(PushFile file, ImportSummary summary) {
        return summary.rows() == 0 ? 0 : file.entryOf((int) summary.rows() + 1);
    }

    private static PushConflict fromJson(PushFile file, ImportProblem problem) {
        int entry = file.entryOf(problem.row());
        String field = JSON_FIELDS.getOrDefault(problem.column(), problem.column());
        String detail = problem.detail();
        if (problem.kind() == ImportProblemKind.DUPLICATE) {
            detail = String.valueOf(file.entryOf(Integer.parseInt(problem.detail())));
        }
        String path;
        if (file.isWide()) {
            path = "rows[" + entry + "]." + (field.equals("value") || field.equals("dataElement") ? "values." + file.elementOf(problem.row()) : field);
        } else {
            path = "dataValues[" + entry + "]." + field;
        }
        return new PushConflict(entry, path, problem.kind(), detail, problem.detailEn());
    }
}
