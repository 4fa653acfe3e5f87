package com.programdesk.task.service;

import com.programdesk.institution.domain.DepartmentUsage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The tasks (lines of the decomposition table) that name a department keep it from being removed. */
@Component
class TaskDepartmentUsage implements DepartmentUsage {

    private final JdbcClient jdbc;

    TaskDepartmentUsage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long rowsUsing(long departmentId) {
        return jdbc.sql("SELECT COUNT(*) FROM task WHERE department_id = :department").param("department", departmentId)
                .query(Long.class).single();
    }
}
