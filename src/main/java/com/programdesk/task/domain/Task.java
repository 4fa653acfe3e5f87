package com.programdesk.task.domain;

import com.programdesk.base.domain.Versioned;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Work the bureau asks of an institution (任务清单, 任务分解表). A task assigned to many institutions
 * at once is a parent without a lead, whose children — one per institution — carry the work.
 */
@Table("task")
public class Task implements Versioned {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int RESPONSIBLE_MAX = 60;

    @Id
    private Long id;
    @Version
    private Integer version;
    private Long parentId;
    private long programId;
    private Long workStreamId;
    private String title;
    private String description;
    private Long leadInstitutionId;
    private String responsiblePerson;
    /** The lead institution's department (科室) the task is shared out to, if any. */
    private Long departmentId;
    private LocalDate dueDate;
    private TaskPriority priority = TaskPriority.NORMAL;
    private Long activityId;
    private TaskStatus status = TaskStatus.ASSIGNED;
    private int progressPercent;
    /** For tasks from a campaign template: working days from the activity's day, so the task moves with it. */
    private Integer templateOffset;
    private String createdBy;
    @MappedCollection(idColumn = "task_id")
    private Set<TaskCooperator> cooperators = Set.of();
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;

    public Task() {
    }

    public Task(long programId, String title, LocalDate dueDate) {
        this.programId = programId;
        this.title = title;
        this.dueDate = dueDate;
    }

    public Task copy() {
        Task copy = new Task(programId, title, dueDate);
        copy.id = id;
        copy.version = version;
        copy.parentId = parentId;
        copy.workStreamId = workStreamId;
        copy.description = description;
        copy.leadInstitutionId = leadInstitutionId;
        copy.responsiblePerson = responsiblePerson;
        copy.departmentId = departmentId;
        copy.priority = priority;
        copy.activityId = activityId;
        copy.status = status;
        copy.progressPercent = progressPercent;
        copy.templateOffset = templateOffset;
        copy.createdBy = createdBy;
        copy.cooperators = cooperators;
        copy.createdAt = createdAt;
        copy.updatedAt = updatedAt;
        return copy;
    }

    /** A copy for one institution of a task assigned to many. */
    public Task childFor(long parentId, long institutionId) {
        Task child = copy();
        child.id = null;
        child.version = null;
        child.parentId = parentId;
        child.leadInstitutionId = institutionId;
        child.cooperators = Set.of();
        child.departmentId = null;
        return child;
    }

    public boolean isGroup() {
        return leadInstitutionId == null;
    }

    public boolean isOverdue(LocalDate today) {
        return status.isOpen() && dueDate != null && dueDate.isBefore(today);
    }

    public Set<Long> cooperatorIds() {
        return cooperators.stream().map(TaskCooperator::institutionId).collect(Collectors.toCollection(TreeSet::new));
    }

    public void setCooperatorIds(Set<Long> ids) {
        this.cooperators = ids == null ? Set.of() : ids.stream().map(TaskCooperator::new).collect(Collectors.toSet());
    }

    public Map<String, Object> auditFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("programId", programId);
        fields.put("workStreamId", workStreamId);
        fields.put("leadInstitutionId", leadInstitutionId);
        fields.put("cooperators", cooperatorIds());
        fields.put("departmentId", departmentId);
        fields.put("responsiblePerson", responsiblePerson);
        fields.put("dueDate", dueDate);
        fields.put("priority", priority);
        fields.put("status", status);
        return fields;
    }

    public boolean isNew() { return id == null; }
    public Long getId() { return id; }
    @Override
    public Integer getVersion() { return version; }
    public Long getParentId() { return parentId; }
    public long getProgramId() { return programId; }
    public void setProgramId(long programId) { this.programId = programId; }
    public Long getWorkStreamId() { return workStreamId; }
    public void setWorkStreamId(Long workStreamId) { this.workStreamId = workStreamId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Long getLeadInstitutionId() { return leadInstitutionId; }
    public void setLeadInstitutionId(Long leadInstitutionId) { this.leadInstitutionId = leadInstitutionId; }
    public String getResponsiblePerson() { return responsiblePerson; }
    public void setResponsiblePerson(String responsiblePerson) { this.responsiblePerson = responsiblePerson; }
    public Long getDepartmentId() { return departmentId; }
    public void setDepartmentId(Long departmentId) { this.departmentId = departmentId; }
    public LocalDate getDueDate() { return dueDate; }
    public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }
    public TaskPriority getPriority() { return priority; }
    public void setPriority(TaskPriority priority) { this.priority = priority; }
    public Long getActivityId() { return activityId; }
    public void setActivityId(Long activityId) { this.activityId = activityId; }
    public TaskStatus getStatus() { return status; }
    /** Only the task workflow calls this. */
    public void setStatus(TaskStatus status) { this.status = status; }
    public int getProgressPercent() { return progressPercent; }
    public void setProgressPercent(int progressPercent) { this.progressPercent = progressPercent; }
    public Integer getTemplateOffset() { return templateOffset; }
    public void setTemplateOffset(Integer templateOffset) { this.templateOffset = templateOffset; }
    public String getCreatedBy() { return createdBy; }
    public void setCreatedBy(String createdBy) { this.createdBy = createdBy; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(LocalDateTime updatedAt) { this.updatedAt = updatedAt; }
}
