package com.programdesk.statistics.imports.service;

/**
 * One row of an imported table as text, numbered as the spreadsheet shows it. {@code formulas}
 * marks cells that hold a formula (Excel only; null when the row has none): they are never evaluated.
 */
record SheetRow(int number, String[] cells, boolean[] formulas) {

    String cell(int column) {
        return column < 0 || column >= cells.length || cells[column] == null ? "" : cells[column].strip();
    }

    boolean formula(int column) {
        return formulas != null && column >= 0 && column < formulas.length && formulas[column];
    }

    boolean isBlank() {
        for (String cell : cells) {
            if (cell != null && !cell.isBlank()) {
                return false;
            }
        }
        return formulas == null;
    }
}
