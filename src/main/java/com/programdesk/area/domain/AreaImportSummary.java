package com.programdesk.area.domain;

import com.programdesk.base.documents.TableFormat;
import java.io.Serializable;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an area file would change (preview) or changed (confirmed), and every problem by row; the
 * first {@link #LISTED} changes and problems are listed. A file that could not be read at all
 * carries {@code fatalKey} instead.
 */
public record AreaImportSummary(String fileName, @Nullable String fatalKey, @Nullable TableFormat format, int rows,
                                int added, int renamed, int unchanged, List<AreaImportChange> changes,
                                int problemCount, List<AreaImportProblem> problems, boolean written) implements Serializable {

    public static final int LISTED = 1000;

    public AreaImportSummary {
        changes = List.copyOf(changes);
        problems = List.copyOf(problems);
    }

    public static AreaImportSummary fatal(String fileName, String fatalKey) {
        return new AreaImportSummary(fileName, fatalKey, null, 0, 0, 0, 0, List.of(), 0, List.of(), false);
    }

    public boolean isFatal() {
        return fatalKey != null;
    }

    public boolean nothingToChange() {
        return added == 0 && renamed == 0;
    }

    /** Only a clean file that changes something, and has not been written yet, can be confirmed. */
    public boolean canConfirm() {
        return !isFatal() && problemCount == 0 && !nothingToChange() && !written;
    }
}
