package com.programdesk.task.ui;

import com.programdesk.base.ui.NoteDialog;
import com.programdesk.task.domain.TaskSummary;
import com.programdesk.testsupport.ViewTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** The task pages as an institution and the bureau use them. */
class TaskPagesTest extends ViewTest {

    @org.springframework.beans.factory.annotation.Autowired
    com.programdesk.task.service.TaskService tasks;

    @Test
    void theInboxListsTheInstitutionsOwnTasksOverdueFirst() {
        demoUsers.login("association");
        MyTasksView inbox = navigate(MyTasksView.class);

        List<String> titles = rows(inbox.grid).stream().map(TaskSummary::title).toList();
        assertThat(titles).contains("“5.29”会员活动日筹备", "亲青服务中心“青春密码”体验项目建设");
        assertThat(titles).doesNotContain("科普直播间开通", "更年期保健专题培训班");

        demoUsers.login("second.staff");
        MyTasksView other = navigate(MyTasksView.class);
        assertThat(rows(other.grid).getFirst().dueDate()).isBeforeOrEqualTo(rows(other.grid).getLast().dueDate());
    }

    @Test
    void theLeadReportsProgressAndSubmitsTheBureauReturnsWithAReason() {
        long id = taskId("更年期保健专题培训班");
        demoUsers.login("mch.staff");
        navigate("tasks/" + id, TaskView.class);

        clickButton("更新进度");
        ProgressDialog progress = $(ProgressDialog.class).single();
        test(progress.report).click();
        assertThat(progress.text.getErrorMessage()).isEqualTo("此项为必填项");
        progress.percent.setValue(40);
        test(progress.text).setValue("已确定授课专家");
        test(progress.report).click();
        assertThat(progress.isOpened()).isFalse();
        assertThat(lastNotification()).isEqualTo("进度已更新为 40%，完成后请提交验收");

        clickButton("提交验收");
        test($(NoteDialog.class).single().confirm).click();
        assertThat(status(id)).isEqualTo("SUBMITTED");
        assertThat(lastNotification()).isEqualTo("任务已提交验收，等待卫健局验收");

        demoUsers.login("coordinator");
        navigate("tasks/" + id, TaskView.class);
        clickButton("退回");
        NoteDialog returning = $(NoteDialog.class).single();
        test(returning.confirm).click();
        assertThat(returning.note.getErrorMessage()).isEqualTo("此项为必填项");
        test(returning.note).setValue("请补充课程安排表");
        test(returning.confirm).click();
        assertThat(status(id)).isEqualTo("RETURNED");
        assertThat(lastNotification()).isEqualTo("任务已退回，已通知牵头机构修改后重新提交");

        demoUsers.login("mch.staff");
        navigate("tasks/" + id, TaskView.class);
        assertThat($(Paragraph.class).withText("请补充课程安排表").exists()).isTrue();
        assertThat($(Paragraph.class).withText("已确定授课专家").exists()).isTrue();
        assertThat($(com.vaadin.flow.component.html.Span.class).withText("王协调（市卫健局）").exists()).as("who returned it").isTrue();
        assertThat($(com.vaadin.flow.component.html.Span.class).withText("coordinator").exists()).isFalse();
    }

    private String lastNotification() {
        return test($(com.vaadin.flow.component.notification.Notification.class).last()).getText();
    }

    @Test
    void anotherInstitutionsTaskCannotBeOpenedByUrl() {
        long id = taskId("科普直播间开通");
        demoUsers.login("mch.staff");

        navigate("tasks/" + id, Component.class);

        assertThat(getCurrentView().getClass().getName()).isEqualTo("com.programdesk.shell.ui.NotFoundView");
        assertThat($(H2.class).withText("页面不存在").exists()).isTrue();
    }

    @Test
    void theBureauAssignsATaskToTwoHospitalsAndSeesTheRollUp() {
        demoUsers.login("coordinator");
        TaskListView list = navigate(TaskListView.class);
        clickButton("分派任务");
        TaskEditor editor = $(TaskEditor.class).single();
        test(editor.title).setValue("上报 11 月流产后避孕服务数据");
        test(editor.program).selectItem(editor.program.getListDataView().getItems().findFirst().orElseThrow().getTitle());
        test(editor.save).click();
        assertThat(editor.leads.getErrorMessage()).isEqualTo("此项为必填项");
        assertThat(editor.dueDate.getErrorMessage()).isEqualTo("此项为必填项");

        test(editor.leads).selectItem("乐清市妇幼保健院 (YQ-MCH)", "乐清市第二人民医院 (YQ-H2)");
        editor.dueDate.setValue(LocalDate.now().plusDays(7));
        test(editor.save).click();

        assertThat(editor.isOpened()).isFalse();
        assertThat(getCurrentView()).isInstanceOf(TaskView.class);
        assertThat($(com.vaadin.flow.component.html.H3.class).withText("0/2 家已验收 · 0 家逾期").exists()).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM task WHERE title = '上报 11 月流产后避孕服务数据' AND lead_institution_id IS NOT NULL")
                .query(Long.class).single()).isEqualTo(2);
        assertThat(list).isNotNull();
    }

    @Test
    void theBureauExtendsAndRemindsSeveralTasksAtOnceAndSeesThemOnTheBoard() {
        demoUsers.login("coordinator");
        long program = testData.latestActiveProgramId();
        long mch = testData.institutionId("YQ-MCH");
        for (String title : java.util.List.of("批量测试一", "批量测试二")) {
            tasks.assign(new com.programdesk.task.domain.Task(program, title, LocalDate.now().plusDays(5)), java.util.Set.of(mch));
        }
        TaskListView list = navigate(TaskListView.class);
        test(list.search).setValue("批量测试");
        assertThat(test(list.grid).size()).isEqualTo(2);
        TaskSummary first = test(list.grid).getRow(0);
        test(list.grid).select(0);
        test(list.grid).select(1);
        assertThat(list.remind.isEnabled()).isTrue();

        test(list.remind).click();
        test(list.extend).click();
        com.vaadin.flow.component.datepicker.DatePicker due = $(com.vaadin.flow.component.datepicker.DatePicker.class).last();
        LocalDate newDue = LocalDate.now().plusDays(40);
        due.setValue(newDue);
        test($(com.vaadin.flow.component.button.Button.class).withText("保存").last()).click();

        assertThat(jdbc.sql("SELECT due_date FROM task WHERE id = ?").param(first.id()).query(LocalDate.class).single())
                .isEqualTo(first.status().isOpen() ? newDue : first.dueDate());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notification WHERE kind = 'REMINDED'").query(Long.class).single()).isPositive();

        test(list.view).selectItem("看板");
        assertThat($(com.vaadin.flow.component.html.Div.class).withClassName("task-lane").all()).hasSize(5);
    }

    @Test
    void theHomePageTellsAnInstitutionHowManyTasksAreOpenAndOverdue() {
        demoUsers.login("second.staff");
        navigate("", Component.class);

        List<String> cards = $(com.vaadin.flow.component.card.Card.class).all().stream()
                .map(card -> card.getElement().getTextRecursively()).toList();
        assertThat(cards).anySatisfy(text -> assertThat(text).startsWith("待办任务"));
        assertThat(cards).anySatisfy(text -> assertThat(text).startsWith("逾期任务"));
    }

    private List<TaskSummary> rows(TaskGrid grid) {
        return java.util.stream.IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i)).toList();
    }

    private long taskId(String title) {
        return jdbc.sql("SELECT id FROM task WHERE title = ? AND lead_institution_id IS NOT NULL").param(title).query(Long.class).single();
    }

    private String status(long id) {
        return jdbc.sql("SELECT status FROM task WHERE id = ?").param(id).query(String.class).single();
    }
}
