package com.programdesk.task.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.institution.domain.Department;
import com.programdesk.institution.service.DepartmentInUseException;
import com.programdesk.institution.service.DepartmentService;
import com.programdesk.task.domain.DecompositionRow;
import com.programdesk.task.domain.Task;
import com.programdesk.testsupport.DemoUsers;
import com.programdesk.testsupport.ProgramDeskTest;
import com.programdesk.testsupport.TestData;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** A hospital keeps its departments (科室), shares its tasks out to them, and the 任务分解表 reads by department. */
@ProgramDeskTest
class DepartmentSharingTest {

    @Autowired
    DepartmentService departments;
    @Autowired
    TaskService tasks;
    @Autowired
    TaskTable table;
    @Autowired
    DemoUsers demoUsers;
    @Autowired
    TestData testData;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theHospitalAddsItsDepartmentsANameTwiceOrAnotherInstitutionsListIsRefused() {
        long mch = testData.institutionId("YQ-MCH");
        String name = TestData.unique("妇产科");
        demoUsers.as("mch.staff", () -> {
            departments.save(new Department(mch, name));
            refused(() -> departments.save(new Department(mch, " " + name + " ")), "department.error.nameTaken");
            refused(() -> departments.save(new Department(mch, " ")), "validation.required");
        });
        assertThat(demoUsers.as("mch.staff", () -> departments.of(mch))).extracting(Department::getName).contains(name);
        assertThatThrownBy(() -> demoUsers.as("second.staff", () -> departments.save(new Department(mch, TestData.unique("外科")))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aTaskSharedOutToADepartmentShowsInTheTableByDepartmentAndKeepsTheDepartmentFromBeingRemoved() {
        long mch = testData.institutionId("YQ-MCH");
        String name = TestData.unique("早孕门诊");
        Department department = demoUsers.as("mch.staff", () -> departments.save(new Department(mch, name)));
        Task task = openTaskOf(mch);

        demoUsers.as("mch.staff", () -> tasks.shareOut(task, department.getId(), "陈主任"));

        List<DecompositionRow> rows = demoUsers.as("coordinator", () -> table.rows(task.getProgramId(), name, true));
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.id()).isEqualTo(task.getId());
            assertThat(row.department()).isEqualTo(name);
            assertThat(row.responsiblePerson()).isEqualTo("陈主任");
        });
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        demoUsers.as("coordinator", () -> table.writeXlsx(task.getProgramId(), name, true, key -> key, xlsx));
        assertThat(xlsx.size()).isPositive();

        Department current = demoUsers.as("mch.staff", () -> departments.find(department.getId()).orElseThrow());
        assertThatThrownBy(() -> demoUsers.as("mch.staff", () -> departments.remove(current)))
                .isInstanceOfSatisfying(DepartmentInUseException.class, e -> assertThat(e.rows()).isEqualTo(1));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM institution_department WHERE id = ?").param(department.getId()).query(Long.class).single())
                .isEqualTo(1);

        demoUsers.as("mch.staff", () -> departments.setActive(current, false));
        assertThat(demoUsers.as("mch.staff", () -> departments.active(mch))).extracting(Department::getName).doesNotContain(name);
        assertThat(demoUsers.as("coordinator", () -> table.rows(task.getProgramId(), name, true))).hasSize(1);
    }

    @Test
    void aDepartmentOfAnotherInstitutionIsRefusedAtTheField() {
        long mch = testData.institutionId("YQ-MCH");
        Department department = demoUsers.as("mch.staff", () -> departments.save(new Department(mch, TestData.unique("儿保科"))));
        long program = testData.latestActiveProgramId();
        Task edited = new Task(program, TestData.unique("科室错配的任务"), java.time.LocalDate.now().plusMonths(1));
        edited.setDepartmentId(department.getId());
        long other = testData.institutionId("YQ-H2");
        assertThatThrownBy(() -> demoUsers.as("coordinator", () -> tasks.assign(edited, Set.of(other))))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("departmentId");
                    assertThat(e.messageKey()).isEqualTo("task.error.departmentOfOtherInstitution");
                });
    }

    private Task openTaskOf(long institution) {
        long id = jdbc.sql("""
                SELECT id FROM task WHERE lead_institution_id = ? AND status IN ('ASSIGNED', 'IN_PROGRESS', 'RETURNED')
                  AND department_id IS NULL ORDER BY id LIMIT 1""").param(institution).query(Long.class).single();
        return demoUsers.as("mch.staff", () -> tasks.find(id).orElseThrow());
    }

    private static void refused(Runnable work, String messageKey) {
        assertThatThrownBy(work::run).isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }
}
