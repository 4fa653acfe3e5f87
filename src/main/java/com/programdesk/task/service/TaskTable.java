package com.programdesk.task.service;

import com.programdesk.base.documents.Xlsx;
import com.programdesk.task.domain.DecompositionRow;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Function;
import com.programdesk.security.service.CurrentUser;
import java.util.HashMap;
import java.util.Map;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The task decomposition table of a program, as the official document lays it out: grouped by
 * work stream, one line per institution's task, with cooperating institutions and deadlines.
 */
@Service
@Transactional(readOnly = true)
public class TaskTable {

    /** A program's table is a printed document; a cap keeps a runaway program from filling the page. */
    public static final int MAX_ROWS = 2000;

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;

    TaskTable(JdbcClient jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    /** The program's table; a user bound to an area sees the lines its tasks list shows it (see {@link TaskService}). */
    @PreAuthorize(TaskService.READERS)
    public List<DecompositionRow> rows(long programId) {
        return rows(programId, null, false);
    }

    /**
     * The table of one department (科室) when {@code department} names one, and laid out by
     * department (each department's lines together, those of no department last) when asked, as a
     * hospital's own table is.
     */
    @PreAuthorize(TaskService.READERS)
    public List<DecompositionRow> rows(long programId, String department, boolean byDepartment) {
        Map<String, Object> params = new HashMap<>(Map.of("program", programId, "limit", MAX_ROWS));
        String scope = TaskQueries.scope(currentUser.areaPattern(), params);
        if (department != null && !department.isBlank()) {
            scope += " AND d.name = :department";
            params.put("department", department.strip());
        }
        return jdbc.sql("""
                SELECT t.id, COALESCE(w.name, '') AS work_stream, t.title, lead.name_zh AS lead, d.name AS department,
                       (SELECT GROUP_CONCAT(i.name_zh ORDER BY i.name_zh SEPARATOR '、')
                          FROM task_cooperator c JOIN institution i ON i.id = c.institution_id WHERE c.task_id = t.id) AS cooperators,
                       t.responsible_person, t.due_date, t.status
                FROM task t
                JOIN institution lead ON lead.id = t.lead_institution_id
                LEFT JOIN work_stream w ON w.id = t.work_stream_id
                LEFT JOIN institution_department d ON d.id = t.department_id
                WHERE t.program_id = :program""" + scope + """

                ORDER BY """ + (byDepartment ? " d.id IS NULL, lead.name_zh, d.position, d.name, " : " ") + """
                         w.position IS NULL, w.position, t.due_date, t.title, lead.name_zh
                LIMIT :limit""").params(params).query(DecompositionRow.class).list();
    }

    /** The same table as an Excel sheet with Chinese headers (labels translate the keys). */
    @PreAuthorize(TaskService.READERS)
    public void writeXlsx(long programId, Function<String, String> labels, OutputStream out) {
        writeXlsx(programId, null, false, labels, out);
    }

    /** The table as {@link #rows(long, String, boolean)} lays it out, as an Excel sheet. */
    @PreAuthorize(TaskService.READERS)
    public void writeXlsx(long programId, String department, boolean byDepartment, Function<String, String> labels, OutputStream out) {
        List<String> headers = List.of("task.table.number", "activity.field.workStream", "task.field.title", "task.field.lead",
                "task.field.department", "task.field.cooperators", "task.field.responsiblePerson", "task.field.dueDate", "task.field.status");
        Xlsx.write(out, workbook -> {
            Worksheet sheet = workbook.newWorksheet(labels.apply("task.table.sheet"));
            Xlsx.headerRow(sheet, 0, headers.stream().map(labels).toList());
            int r = 1;
            for (DecompositionRow row : rows(programId, department, byDepartment)) {
                sheet.value(r, 0, r);
                sheet.value(r, 1, row.workStream());
                sheet.value(r, 2, row.title());
                sheet.value(r, 3, row.lead());
                sheet.value(r, 4, row.department());
                sheet.value(r, 5, row.cooperators());
                sheet.value(r, 6, row.responsiblePerson());
                sheet.value(r, 7, row.dueDate());
                sheet.style(r, 7).format("yyyy-mm-dd").set();
                sheet.value(r, 8, labels.apply(row.status().messageKey()));
                r++;
            }
            sheet.width(1, 22);
            sheet.width(2, 40);
            sheet.width(3, 24);
            sheet.width(4, 14);
            sheet.width(5, 30);
            sheet.width(7, 12);
            sheet.freezePane(0, 1);
        });
    }
}
