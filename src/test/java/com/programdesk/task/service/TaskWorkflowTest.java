package com.programdesk.task.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.task.domain.Task;
import com.programdesk.task.domain.TaskFilter;
import com.programdesk.task.domain.TaskStatus;
import com.programdesk.task.domain.TaskSummary;
import com.programdesk.testsupport.DemoUsers;
import com.programdesk.testsupport.ProgramDeskTest;
import com.programdesk.testsupport.TestData;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** The task workflow per role, through the service, and the row-level rule on tasks. */
@ProgramDeskTest
class TaskWorkflowTest {

    @Autowired
    TaskService tasks;
    @Autowired
    DemoUsers demoUsers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestData testData;

    @Test
    void assignedToTwoHospitalsSubmittedReturnedResubmittedAndAccepted() {
        Task group = demoUsers.as("coordinator", () -> tasks.assign(newTask("接口对接", 20), Set.of(testData.institutionId("YQ-MCH"), testData.institutionId("YQ-H2"))));
        List<TaskSummary> children = demoUsers.as("coordinator", () -> tasks.children(group.getId()));
        assertThat(children).hasSize(2);
        long mchTask = children.stream().filter(c -> c.leadInstitutionId() == testData.institutionId("YQ-MCH")).findFirst().orElseThrow().id();

        demoUsers.as("mch.staff", () -> {
            Task task = tasks.reportProgress(tasks.find(mchTask).orElseThrow(), 50, "开发中");
            assertThat(task.getStatus()).isEqualTo(TaskStatus.IN_PROGRESS);
            tasks.submit(task, "完成");
        });
        demoUsers.as("coordinator", () -> {
            assertThatThrownBy(() -> tasks.returnForRework(tasks.find(mchTask).orElseThrow(), " "))
                    .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("reason"));
            tasks.returnForRework(tasks.find(mchTask).orElseThrow(), "缺少测试报告");
        });
        demoUsers.as("mch.staff", () -> tasks.submit(tasks.find(mchTask).orElseThrow(), "已补充测试报告"));
        demoUsers.as("coordinator", () -> tasks.accept(tasks.find(mchTask).orElseThrow(), "通过"));

        assertThat(jdbc.sql("SELECT to_state FROM workflow_transition WHERE entity_type = 'Task' AND entity_id = ? ORDER BY id")
                .param(mchTask).query(String.class).list())
                .containsExactly("ASSIGNED", "IN_PROGRESS", "SUBMITTED", "RETURNED", "SUBMITTED", "ACCEPTED");
        assertThat(demoUsers.as("coordinator", () -> tasks.rollUp(group.getId())).count(TaskStatus.ACCEPTED)).isEqualTo(1);
        assertThat(demoUsers.as("mch.staff", () -> tasks.timeline(mchTask)))
                .anySatisfy(item -> assertThat(item.detail()).isEqualTo("缺少测试报告"));
    }

    @Test
    void onlyTheLeadSubmitsAndOnlyTheBureauAccepts() {
        Task task = demoUsers.as("coordinator", () -> tasks.assign(newTask("培训班", 30), Set.of(testData.institutionId("YQ-MCH"))));

        demoUsers.as("second.staff", () -> assertThatThrownBy(() -> tasks.find(task.getId())).isInstanceOf(AccessDeniedException.class));
        demoUsers.as("coordinator", () -> assertThatThrownBy(() -> tasks.submit(task, "代交")).isInstanceOf(AccessDeniedException.class));
        demoUsers.as("mch.staff", () -> {
            assertThatThrownBy(() -> tasks.accept(task, "自己验收")).isInstanceOf(AccessDeniedException.class);
            tasks.submit(tasks.find(task.getId()).orElseThrow(), "完成");
        });
        demoUsers.as("viewer", () -> assertThatThrownBy(() -> tasks.accept(tasks.find(task.getId()).orElseThrow(), "ok"))
                .isInstanceOf(AccessDeniedException.class));
        demoUsers.as("coordinator", () -> tasks.accept(tasks.find(task.getId()).orElseThrow(), "ok"));
        demoUsers.as("mch.staff", () -> assertThatThrownBy(() -> tasks.submit(tasks.find(task.getId()).orElseThrow(), "再交"))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey()).isEqualTo("workflow.error.notAllowed")));
    }

    @Test
    void badAssignmentsAreRefusedAndNothingIsCreated() {
        long before = jdbc.sql("SELECT COUNT(*) FROM task").query(Long.class).single();
        demoUsers.as("coordinator", () -> {
            assertThatThrownBy(() -> tasks.assign(newTask("过期", -1), Set.of(testData.institutionId("YQ-MCH"))))
                    .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey()).isEqualTo("task.error.dueInPast"));
            Task both = newTask("重复", 5);
            both.setCooperatorIds(Set.of(testData.institutionId("YQ-MCH")));
            assertThatThrownBy(() -> tasks.assign(both, Set.of(testData.institutionId("YQ-MCH"))))
                    .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey()).isEqualTo("task.error.leadCooperates"));
            assertThatThrownBy(() -> tasks.assign(newTask(" ", 5), Set.of(testData.institutionId("YQ-MCH")))).isInstanceOf(InvalidFieldException.class);
            assertThatThrownBy(() -> tasks.assign(newTask("无人", 5), Set.of())).isInstanceOf(InvalidFieldException.class);
        });
        demoUsers.as("mch.staff", () -> assertThatThrownBy(() -> tasks.assign(newTask("越权", 5), Set.of(testData.institutionId("YQ-MCH"))))
                .isInstanceOf(AccessDeniedException.class));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM task").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void cooperatingInstitutionsReadAndCommentButDoNotAct() {
        Task task = newTask("体验项目", 30);
        task.setCooperatorIds(Set.of(testData.institutionId("YQ-FPA")));
        Task saved = demoUsers.as("coordinator", () -> tasks.assign(task, Set.of(testData.institutionId("YQ-YSC"))));

        demoUsers.as("association", () -> {
            assertThat(tasks.find(saved.getId())).isPresent();
            tasks.comment(saved, "可派志愿者");
            assertThatThrownBy(() -> tasks.reportProgress(saved, 10, "越权")).isInstanceOf(AccessDeniedException.class);
            assertThat(tasks.inbox(0, 100)).extracting(TaskSummary::id).contains(saved.getId());
        });
    }

    @Test
    void twoUsersActingAtOnceOneWinsTheOtherIsTold() {
        Task task = demoUsers.as("coordinator", () -> tasks.assign(newTask("并发", 30), Set.of(testData.institutionId("YQ-MCH"))));
        Task seenByCoordinator = demoUsers.as("coordinator", () -> tasks.find(task.getId()).orElseThrow());
        demoUsers.as("mch.staff", () -> tasks.submit(tasks.find(task.getId()).orElseThrow(), "完成"));

        demoUsers.as("coordinator", () -> {
            Task extended = seenByCoordinator.copy();
            extended.setDueDate(LocalDate.now().plusDays(60));
            assertThatThrownBy(() -> tasks.update(extended)).isInstanceOf(OptimisticLockingFailureException.class);
        });
    }

    @Test
    void theBureauTableFiltersOverdueTasks() {
        demoUsers.as("coordinator", () -> {
            List<TaskSummary> overdue = tasks.search(new TaskFilter(null, null, null, null, null, true, null), 0, 50);
            assertThat(overdue).extracting(TaskSummary::title).contains("科普直播间开通");
            assertThat(overdue).allSatisfy(t -> assertThat(t.isOverdue(LocalDate.now())).isTrue());
        });
    }

    private Task newTask(String title, int dueInDays) {
        long program = testData.latestActiveProgramId();
        return new Task(program, title, LocalDate.now().plusDays(dueInDays));
    }
}
