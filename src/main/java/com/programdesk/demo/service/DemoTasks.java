package com.programdesk.demo.service;

import com.programdesk.institution.domain.Institution;
import com.programdesk.program.plan.domain.Program;
import com.programdesk.program.plan.domain.WorkStream;
import com.programdesk.program.plan.service.ProgramService;
import com.programdesk.task.domain.Task;
import com.programdesk.task.domain.TaskPriority;
import com.programdesk.task.service.TaskService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The pilot plan's task list assigned to the seed institutions, in realistic mixed states: in
 * progress, submitted, returned with a reason, accepted, and one overdue.
 */
@Component
class DemoTasks {

    private final TaskService tasks;
    private final ProgramService programs;
    private final DemoActors actors;
    private final Clock clock;
    private List<Long> streams = List.of();

    DemoTasks(TaskService tasks, ProgramService programs, DemoActors actors, Clock clock) {
        this.tasks = tasks;
        this.programs = programs;
        this.actors = actors;
        this.clock = clock;
    }

    void load(DemoPrograms.Plans plans, Map<String, Institution> byCode) {
        Program program = plans.yueqing();
        LocalDate today = LocalDate.now(clock);
        long mch = byCode.get("YQ-MCH").getId();
        long second = byCode.get("YQ-H2").getId();
        long ysc = byCode.get("YQ-YSC").getId();
        long fpa = byCode.get("YQ-FPA").getId();
        long qixian = byCode.get("SX-CH-QX").getId();

        actors.as("coordinator", () -> {
            streams = programs.workStreams(program.getId()).stream().map(WorkStream::getId).toList();
            Task platform = task(program, "温州市流产后避孕服务平台接口对接", "完成医院信息系统与平台的接口对接，按月上报数据。",
                    today.plusDays(20), TaskPriority.HIGH);
            Task group = tasks.assign(platform, Set.of(mch, second));
            List<Long> children = tasks.children(group.getId()).stream().map(s -> s.id()).toList();
            Task mchChild = find(children, mch);
            Task secondChild = find(children, second);
            actors.as("mch.staff", () -> tasks.reportProgress(mchChild, 60, "已完成接口开发，正在联调。"));
            actors.as("second.staff", () -> tasks.submit(tasks.reportProgress(secondChild, 100, "接口联调完成，附测试报告。"), "请审核。"));

            Task experience = task(program, "亲青服务中心“青春密码”体验项目建设", "在新大楼设置“青春密码”“心灵絮语”“沟通之道”等体验项目。",
                    today.plusDays(45), TaskPriority.NORMAL);
            experience.setCooperatorIds(Set.of(fpa));
            Task yscTask = tasks.assign(experience, Set.of(ysc));
            actors.as("association", () -> tasks.comment(yscTask, "计生协可派志愿者协助布展。"));

            Task studio = tasks.assign(task(program, "科普直播间开通", "在亲青服务中心门诊咨询室开通科普直播间，连线在校大学生。",
                    today.plusDays(2), TaskPriority.URGENT), Set.of(ysc));
            Task late = tasks.find(studio.getId()).orElseThrow();
            late.setDueDate(today.minusDays(5));
            tasks.update(late);

            tasks.assign(task(program, "更年期保健专题培训班", "举办更年期保健专题培训班，提高项目业务人员业务及科普水平。",
                    today.plusDays(60), TaskPriority.NORMAL), Set.of(mch));

            Task leaflets = tasks.assign(task(program, "流产后关爱服务宣教资料更新", "更新门诊宣教折页和展板内容。",
                    today.plusDays(10), TaskPriority.NORMAL), Set.of(second));
            actors.as("second.staff", () -> tasks.submit(tasks.find(leaflets.getId()).orElseThrow(), "已更新折页。"));
            tasks.returnForRework(tasks.find(leaflets.getId()).orElseThrow(), "资料缺少各类避孕方法的对比表，请补充后重新提交。");

            Task memberDay = tasks.assign(task(program, "“5.29”会员活动日筹备", "活动方案、场地、宣传品准备。",
                    today.plusDays(15), TaskPriority.NORMAL), Set.of(fpa));
            actors.as("association", () -> tasks.submit(tasks.find(memberDay.getId()).orElseThrow(), "方案已定稿。"));
            tasks.accept(tasks.find(memberDay.getId()).orElseThrow(), "方案可行，按计划执行。");

        });
        actors.as("keqiao.coordinator", () -> {
            streams = programs.workStreams(plans.keqiao().getId()).stream().map(WorkStream::getId).toList();
            for (String[] row : new String[][] {
                {"设立早孕关爱门诊", "配备专职医护人员，开展早孕咨询与评估。"},
                {"建立三条就诊路径", "拟生育（继续妊娠）、早孕异常、拟人工流产三类人群三条路径的接诊流程。"},
                {"开展流产后避孕宣教", "术前术后宣教全覆盖，重复流产率控制在 5‰ 以下。"}}) {
                Task task = task(plans.keqiao(), row[0], row[1], today.plusDays(30), TaskPriority.NORMAL);
                task.setWorkStreamId(streams.get(row[0].contains("宣教") ? 1 : 0));
                task.setResponsiblePerson("孙医生");
                tasks.assign(task, Set.of(qixian));
            }
        });
    }

    private Task find(List<Long> children, long institution) {
        return children.stream().map(id -> tasks.find(id).orElseThrow())
                .filter(t -> t.getLeadInstitutionId() == institution).findFirst().orElseThrow();
    }

    /** Youth work, post-abortion care and public education are the plan's three work streams, in that order. */
    private Task task(Program program, String title, String description, LocalDate due, TaskPriority priority) {
        Task task = new Task(program.getId(), title, due);
        task.setDescription(description);
        task.setPriority(priority);
        int stream = title.contains("亲青") || title.contains("直播") ? 0
                : title.contains("流产") || title.contains("齐贤") || title.contains("更年期") ? 1 : 2;
        task.setWorkStreamId(streams.size() > stream ? streams.get(stream) : null);
        task.setResponsiblePerson(title.contains("齐贤") ? "孙医生" : null);
        return task;
    }
}
