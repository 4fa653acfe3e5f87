package com.programdesk.demo.service;

import com.programdesk.institution.domain.Department;
import com.programdesk.institution.domain.Institution;
import com.programdesk.institution.service.DepartmentService;
import com.programdesk.program.plan.domain.Program;
import com.programdesk.program.plan.service.ProgramDocumentService;
import com.programdesk.program.plan.service.ProgramService;
import com.programdesk.task.domain.Task;
import com.programdesk.task.domain.TaskFilter;
import com.programdesk.task.service.TaskService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Seed 004's departments: 齐贤分院 keeps its 科室 and shares its three tasks of the early-pregnancy
 * care action out to them (its 任务分解表 by department). The pilot plan gets its lead, its contact
 * and its documents — small generated PDFs standing in for the plan as issued and its flowchart.
 */
@Component
class DemoDepartments {

    private final DepartmentService departments;
    private final TaskService tasks;
    private final ProgramService programs;
    private final ProgramDocumentService documents;
    private final DemoActors actors;

    DemoDepartments(DepartmentService departments, TaskService tasks, ProgramService programs, ProgramDocumentService documents,
                    DemoActors actors) {
        this.departments = departments;
        this.tasks = tasks;
        this.programs = programs;
        this.documents = documents;
        this.actors = actors;
    }

    void load(DemoPrograms.Plans plans, Map<String, Institution> byCode) {
        long qixian = byCode.get("SX-CH-QX").getId();
        Map<String, Department> byName = new HashMap<>();
        Map<String, Long> taskIds = new HashMap<>();
        actors.as("keqiao.coordinator", () -> tasks.search(new TaskFilter(plans.keqiao().getId(), qixian, null, null, null, false, null), 0, 50)
                .forEach(summary -> taskIds.put(summary.title(), summary.id())));
        actors.as("qixian.staff", () -> {
            for (String name : List.of("妇产科", "超声科", "检验科", "预防保健科", "院办")) {
                byName.put(name, departments.save(new Department(qixian, name)));
            }
            for (String[] line : List.of(
                    new String[] {"设立早孕关爱门诊", "妇产科", "妇产科主任"},
                    new String[] {"建立三条就诊路径", "超声科", "超声科主任"},
                    new String[] {"开展流产后避孕宣教", "预防保健科", "预防保健科科长"})) {
                Long id = taskIds.get(line[0]);
                if (id != null) {
                    Task task = tasks.find(id).orElseThrow();
                    tasks.shareOut(task, byName.get(line[1]).getId(), line[2]);
                }
            }
        });
        actors.as("coordinator", () -> {
            Program pilot = programs.search("乐清市生殖健康促进创新试点工作方案", PageRequest.of(0, 1)).stream().findFirst().orElse(null);
            if (pilot == null) {
                return;
            }
            Program edited = pilot.copy();
            edited.setLeadName("王副局长");
            edited.setContactName("妇幼健康科 李科长");
            edited.setContactPhone("0577-61234567");
            pilot = programs.save(edited, programs.workStreams(pilot.getId()).stream().map(s -> s.getName()).toList());
            var plan = documents.add(pilot.getId(), "工作方案（乐卫发〔2024〕25号）", "乐卫发〔2024〕25号 工作方案.pdf",
                    pdf("Yueqing reproductive health pilot plan (draft)"));
            documents.addVersion(plan.getId(), "乐卫发〔2024〕25号 工作方案（印发稿）.pdf", pdf("Yueqing reproductive health pilot plan (issued)"));
            documents.add(pilot.getId(), "任务分解表", "任务分解表.pdf", pdf("Task decomposition table"));
        });
        actors.as("keqiao.coordinator", () -> documents.add(plans.keqiao().getId(), "早孕关爱服务流程图", "早孕关爱服务流程图.pdf",
                pdf("Early pregnancy care service flowchart")));
    }

    /** A one-page PDF with a line of text: enough to open, stand in for a real file, and keep the demo small. */
    static Path pdf(String text) {
        String content = "BT /F1 18 Tf 72 720 Td (" + text.replace("(", "[").replace(")", "]") + ") Tj ET";
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        try {
            Path file = Files.createTempFile("demo", ".pdf");
            Files.writeString(file, pdf, StandardCharsets.US_ASCII);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
