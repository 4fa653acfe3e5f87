package com.programdesk.base.jdbc;

import java.util.Collections;

/** The placeholders of a multi-row {@code INSERT ... VALUES}: one statement, one round trip, for many rows. */
public final class MultiRowInsert {

    private MultiRowInsert() {
    }

    /** {@code (?, ?), (?, ?)} for two rows of two columns; the parameters follow row by row. */
    public static String values(int rows, int columns) {
        String row = "(" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
        return String.join(", ", Collections.nCopies(rows, row));
    }
}
