package com.programdesk.area.domain;

import java.io.Serializable;

/**
 * One problem of an area file, at its row as the spreadsheet numbers it (the header is row 1),
 * with the column's header text, what the message quotes, and for a duplicate the row it repeats
 * (0 otherwise).
 */
public record AreaImportProblem(int row, String column, AreaImportProblemKind kind, String detail, int otherRow)
        implements Serializable {
}
