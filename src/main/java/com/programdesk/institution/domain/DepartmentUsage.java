package com.programdesk.institution.domain;

/**
 * How many rows of other features name a department (the task feature's decomposition rows),
 * answered by those features: they build on institutions, so institutions ask through this interface.
 */
public interface DepartmentUsage {

    long rowsUsing(long departmentId);
}
