package com.programdesk.statistics.catalog.domain;

import java.util.List;

/**
 * What one value of a data element is. All are stored as whole numbers: a yes/no as 1/0 (so a sum
 * counts the yes), a percentage in hundredths. Only whole numbers are entered, imported and shown
 * end to end so far; the others are kept in the schema for the next slice (docs/statistics-design.md).
 */
public enum ValueType {
    WHOLE_NUMBER, PERCENTAGE, YES_NO;

    /** The types the element editor may offer: those the entry grid, the import and the dashboard handle. */
    public static List<ValueType> offered() {
        return List.of(WHOLE_NUMBER);
    }

    public String messageKey() {
        return "dataElement.valueType." + name();
    }
}
