package com.programdesk.task.service;

import com.programdesk.audit.domain.AuditAction;
import com.programdesk.audit.domain.AuditedEntity;
import com.programdesk.audit.service.AuditService;
import com.programdesk.base.domain.WorkingDays;
import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.holiday.service.HolidayCalendar;
import com.programdesk.program.activities.domain.Activity;
import com.programdesk.program.activities.domain.ActivityMoved;
import com.programdesk.program.activities.service.ActivityService;
import com.programdesk.security.service.WithoutAuthorization;
import com.programdesk.task.domain.CampaignTemplate;
import com.programdesk.task.domain.CampaignTemplateRepository;
import com.programdesk.task.domain.Task;
import com.programdesk.task.domain.TaskRepository;
import com.programdesk.task.domain.TemplateStep;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Campaign templates turn an activity into its to-do list: each step becomes a task for the
 * organiser, due so many working days before or after the activity. When the activity moves,
 * its unfinished template tasks move with it; finished ones stay as they were.
 */
@Service
@Transactional(readOnly = true)
public class CampaignTemplateService {

    private final CampaignTemplateRepository templates;
    private final TaskRepository taskRepository;
    private final TaskService tasks;
    private final ActivityService activities;
    private final HolidayCalendar holidays;
    private final AuditService audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    CampaignTemplateService(CampaignTemplateRepository templates, TaskRepository taskRepository, TaskService tasks,
                            ActivityService activities, HolidayCalendar holidays, AuditService audit, JdbcClient jdbc, Clock clock) {
        this.templates = templates;
        this.taskRepository = taskRepository;
        this.tasks = tasks;
        this.activities = activities;
        this.holidays = holidays;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @PreAuthorize(TaskService.PLANNERS)
    public List<CampaignTemplate> all() {
        return templates.findAll(Sort.by("name"));
    }

    /** Creates the template's tasks for the activity's organiser; steps already past fall due today. */
    @PreAuthorize(TaskService.PLANNERS)
    @Transactional
    public List<Task> apply(long templateId, long activityId) {
        CampaignTemplate template = templates.findById(templateId).orElseThrow(() -> new InvalidFieldException("template", "validation.required"));
        Activity activity = activities.find(activityId).orElseThrow(() -> new InvalidFieldException("template", "validation.required"));
        if (!activity.isDated()) {
            throw new InvalidFieldException("template", "template.error.undated");
        }
        WorkingDays workingDays = holidays.workingDays();
        LocalDate today = LocalDate.now(clock);
        List<Task> created = new ArrayList<>();
        for (TemplateStep step : template.getSteps()) {
            Task task = new Task(activity.getProgramId(), activity.getTitle() + "：" + step.title(),
                    latest(today, workingDays.plus(activity.day(), step.offsetDays())));
            task.setWorkStreamId(activity.getWorkStreamId());
            task.setActivityId(activityId);
            task.setTemplateOffset(step.offsetDays());
            task.setResponsiblePerson(step.responsibleRole());
            task.setDescription(step.label() + " · " + template.getName());
            created.add(tasks.assign(task, Set.of(activity.getOrganiserId())));
        }
        return created;
    }

    /** Keeps template tasks at their distance from their activity when it moves. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    @WithoutAuthorization("reacts to an already authorized change of the activity, in its transaction")
    public void on(ActivityMoved moved) {
        WorkingDays workingDays = holidays.workingDays();
        LocalDate today = LocalDate.now(clock);
        List<Long> ids = jdbc.sql("""
                SELECT id FROM task WHERE activity_id = ? AND template_offset IS NOT NULL AND status <> 'ACCEPTED'""")
                .param(moved.activityId()).query(Long.class).list();
        for (Task task : taskRepository.findAllById(ids)) {
            LocalDate due = latest(today, workingDays.plus(moved.newDay(), task.getTemplateOffset()));
            if (!due.equals(task.getDueDate())) {
                String change = "dueDate: " + task.getDueDate() + " → " + due;
                task.setDueDate(due);
                task.setUpdatedAt(LocalDateTime.now(clock));
                taskRepository.save(task);
                audit.record(AuditAction.RESCHEDULE, AuditedEntity.TASK, task.getId(), change);
            }
        }
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
