package com.programdesk.statistics.imports.domain;

import com.programdesk.base.domain.Localized;
import java.util.Locale;

/**
 * One problem found in an imported file, at its row as the spreadsheet numbers it (the header is
 * row 1) and the column's header text; {@code detail} is what the message quotes, in Chinese and,
 * for texts from the catalog, in English.
 */
public record ImportProblem(int row, String column, ImportProblemKind kind, String detail, String detailEn) {

    public static ImportProblem of(int row, String column, ImportProblemKind kind, String detail) {
        return new ImportProblem(row, column, kind, detail, null);
    }

    public String detail(Locale locale) {
        return detail == null ? "" : Localized.pick(locale, detail, detailEn);
    }
}
