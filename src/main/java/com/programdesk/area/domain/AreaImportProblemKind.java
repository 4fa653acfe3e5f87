package com.programdesk.area.domain;

/** What can be wrong with a row of an area file; each refuses the whole file. */
public enum AreaImportProblemKind {
    /** Not 6 or 12 digits, or digits that name no level (a zero where the area's own digits belong). */
    CODE_FORMAT,
    /** A 12-digit code below the township (a village): the tree ends at townships. */
    VILLAGE_CODE,
    /** The same code twice in the file. */
    DUPLICATE_CODE,
    /** The area above is neither in the file nor in the tree. */
    UNKNOWN_PARENT,
    /** The area above is deactivated. */
    PARENT_INACTIVE,
    NAME_MISSING,
    NAME_TOO_LONG,
    DATE_FORMAT,
    /** Outside the area of an administrator bound to one. */
    OUTSIDE_SCOPE;

    public String messageKey() {
        return "area.import.problem." + name();
    }
}
