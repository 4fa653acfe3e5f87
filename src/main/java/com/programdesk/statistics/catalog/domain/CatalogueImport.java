package com.programdesk.statistics.catalog.domain;

import java.io.Serializable;
import java.util.List;

/**
 * What a catalogue file does: every problem found (then nothing is written), else the changes it makes to
 * the catalogue, the number of items it leaves as they are, and whether it was written.
 */
public record CatalogueImport(List<CatalogueFileProblem> problems, List<CatalogueChange> changes, int unchanged, boolean written)
        implements Serializable {

    public CatalogueImport {
        problems = List.copyOf(problems);
        changes = List.copyOf(changes);
    }

    public static CatalogueImport refused(List<CatalogueFileProblem> problems) {
        return new CatalogueImport(problems, List.of(), 0, false);
    }

    /** A clean file that changes something and has not been written yet. */
    public boolean canConfirm() {
        return problems.isEmpty() && !changes.isEmpty() && !written;
    }

    public long count(CatalogueChange.Action action) {
        return changes.stream().filter(c -> c.action() == action).count();
    }
}
