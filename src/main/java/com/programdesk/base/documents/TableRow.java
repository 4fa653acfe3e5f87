package com.programdesk.base.documents;

import org.jspecify.annotations.Nullable;

/**
 * One row of an uploaded table as text, numbered as the spreadsheet shows it. {@code formulas}
 * marks cells that hold a formula (Excel only; null when the row has none): they are never evaluated.
 */
public record TableRow(int number, @Nullable String[] cells, boolean @Nullable [] formulas) {

    /** The cell's text without surrounding blanks; empty for a missing cell. */
    public String cell(int column) {
        String cell = column < 0 || column >= cells.length ? null : cells[column];
        return cell == null ? "" : cell.strip();
    }

    public boolean formula(int column) {
        return formulas != null && column >= 0 && column < formulas.length && formulas[column];
    }

    public boolean isBlank() {
        for (String cell : cells) {
            if (cell != null && !cell.isBlank()) {
                return false;
            }
        }
        return formulas == null;
    }
}
