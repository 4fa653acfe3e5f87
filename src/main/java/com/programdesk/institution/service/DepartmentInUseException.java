package com.programdesk.institution.service;

import com.programdesk.base.service.InvalidFieldException;

/** A department still named by rows (tasks of the decomposition table) cannot be removed; it can be retired. */
public class DepartmentInUseException extends InvalidFieldException {

    private final long rows;

    public DepartmentInUseException(long rows) {
        super("name", "department.error.inUse");
        this.rows = rows;
    }

    public long rows() {
        return rows;
    }
}
