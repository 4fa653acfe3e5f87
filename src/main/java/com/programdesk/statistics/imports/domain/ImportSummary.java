package com.programdesk.statistics.imports.domain;

import com.programdesk.base.documents.TableFormat;
import java.util.List;
import java.util.Map;

/**
 * What an import found (preview) or did (confirmed): the file's format and shape, what would change
 * or changed, and its problems: every problem is counted by kind, the first {@code ImportSummary.LISTED}
 * are listed with their rows. A file that could not be read at all carries {@code fatalKey} instead.
 */
public record ImportSummary(String fileName, String fatalKey, TableFormat format, ImportShape shape, long rows, long values,
                            int reportsNew, int reportsChanged, int reportsUnchanged,
                            long valuesNew, long valuesUpdated, long valuesUnchanged,
                            Map<ImportProblemKind, Long> problemCounts, List<ImportProblem> problems, boolean written) {

    public static final int LISTED = 1000;

    public ImportSummary {
        problemCounts = Map.copyOf(problemCounts);
        problems = List.copyOf(problems);
    }

    public static ImportSummary fatal(String fileName, String fatalKey) {
        return new ImportSummary(fileName, fatalKey, null, null, 0, 0, 0, 0, 0, 0, 0, 0, Map.of(), List.of(), false);
    }

    public boolean isFatal() {
        return fatalKey != null;
    }

    public long errors() {
        return problemCounts.entrySet().stream().filter(e -> e.getKey().isError()).mapToLong(Map.Entry::getValue).sum();
    }

    public long warnings() {
        return problemCounts.entrySet().stream().filter(e -> !e.getKey().isError()).mapToLong(Map.Entry::getValue).sum();
    }

    public long problemCount() {
        return problemCounts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Nothing in the file differs from what is stored. */
    public boolean nothingToUpdate() {
        return valuesNew == 0 && valuesUpdated == 0;
    }

    public boolean canConfirm() {
        return !isFatal() && errors() == 0 && !nothingToUpdate() && !written;
    }
}
