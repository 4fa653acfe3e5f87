package com.programdesk.api.domain;

import java.util.List;

/**
 * What a push of counts did (or, with {@code dryRun}, would do), like DHIS2's import summary: values
 * imported (new), updated and ignored (unchanged), and every refused row with its reason. A push with
 * any conflict writes nothing.
 *
 * @param rows the rows (CSV lines, JSON entries) read
 */
public record PushSummary(boolean dryRun, boolean written, long rows, long values, long imported, long updated, long ignored,
                          int reportsNew, int reportsChanged, int reportsUnchanged, long conflictCount,
                          List<PushConflict> conflicts, List<PushConflict> warnings) {

    public PushSummary {
        conflicts = List.copyOf(conflicts);
        warnings = List.copyOf(warnings);
    }

    public boolean refused() {
        return conflictCount > 0;
    }
}
