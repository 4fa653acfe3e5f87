package com.programdesk.task.service;

import com.programdesk.audit.domain.AuditAction;
import com.programdesk.audit.domain.AuditChanges;
import com.programdesk.audit.domain.AuditedEntity;
import com.programdesk.audit.service.AuditService;
import com.programdesk.base.service.DateInput;
import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.base.service.OptimisticLocking;
import com.programdesk.program.plan.domain.Program;
import com.programdesk.program.plan.domain.ProgramStatus;
import com.programdesk.program.plan.service.ProgramService;
import com.programdesk.security.domain.AuthenticatedUser;
import com.programdesk.security.domain.Role;
import com.programdesk.security.domain.Roles;
import com.programdesk.security.service.CurrentUser;
import com.programdesk.task.domain.Task;
import com.programdesk.task.domain.TaskEntry;
import com.programdesk.task.domain.TaskEntryKind;
import com.programdesk.task.domain.TaskEntryRepository;
import com.programdesk.task.domain.TaskEvent;
import com.programdesk.task.domain.TaskFilter;
import com.programdesk.task.domain.TaskRepository;
import com.programdesk.task.domain.TaskRollUp;
import com.programdesk.task.domain.TaskStatus;
import com.programdesk.task.domain.TaskSummary;
import com.programdesk.task.domain.TimelineItem;
import com.programdesk.workflow.domain.WorkflowTransition;
import com.programdesk.workflow.service.WorkflowHistory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tasks the bureau assigns to institutions. Only the lead institution reports progress and submits;
 * only coordinators (and administrators) accept or return; cooperating institutions read and comment.
 * An institution user reaches only tasks its institution leads or cooperates on; a user bound to an
 * area the tasks of its programs and those its institutions lead, and assigns only to them.
 */
@Service
@Transactional(readOnly = true)
public class TaskService {

    static final String PLANNERS = "hasAnyRole('" + Roles.ADMIN + "','" + Roles.COORDINATOR + "')";
    static final String READERS = "hasAnyRole('" + Roles.ADMIN + "','" + Roles.COORDINATOR + "','" + Roles.VIEWER + "')";
    static final String STAFF = "hasAnyRole('" + Roles.INSTITUTION + "','" + Roles.ASSOCIATION + "')";
    private static final AuditedEntity ENTITY = TaskWorkflow.ENTITY;

    private final TaskRepository tasks;
    private final TaskEntryRepository entries;
    private final TaskWorkflow workflow;
    private final WorkflowHistory history;
    private final ProgramService programs;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TaskService(TaskRepository tasks, TaskEntryRepository entries, TaskWorkflow workflow, WorkflowHistory history,
                ProgramService programs, AuditService audit, CurrentUser currentUser, JdbcClient jdbc,
                ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.tasks = tasks;
        this.entries = entries;
        this.workflow = workflow;
        this.history = history;
        this.programs = programs;
        this.audit = audit;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The bureau's table: top-level tasks (single tasks and groups), filtered, one page at a time. */
    @PreAuthorize(READERS)
    public List<TaskSummary> search(TaskFilter filter, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = TaskQueries.where(filter, LocalDate.now(clock), currentUser.areaPattern(), params);
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql("SELECT " + TaskQueries.SUMMARY_COLUMNS + " FROM task t WHERE " + where
                + " ORDER BY t.status = 'ACCEPTED', t.due_date, t.id LIMIT :limit OFFSET :offset")
                .params(params).query(TaskSummary.class).list();
    }

    @PreAuthorize(READERS)
    public int count(TaskFilter filter) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("SELECT COUNT(*) FROM task t WHERE " + TaskQueries.where(filter, LocalDate.now(clock), currentUser.areaPattern(), params))
                .params(params).query(Integer.class).single();
    }

    /** "我的任务": what the user's institution leads or cooperates on, open ones first by due date. */
    @PreAuthorize(STAFF)
    public List<TaskSummary> inbox(int offset, int limit) {
        return jdbc.sql("SELECT " + TaskQueries.SUMMARY_COLUMNS + " FROM task t WHERE " + TaskQueries.inboxCondition()
                        + " ORDER BY t.status = 'ACCEPTED', t.due_date, t.priority = 'URGENT' DESC, t.id LIMIT :limit OFFSET :offset")
                .param("reach", currentUser.reachForQuery()).param("limit", limit).param("offset", offset).query(TaskSummary.class).list();
    }

    /** How many of the institution's tasks are open, and how many of those are overdue: for the home page. */
    @PreAuthorize(STAFF)
    public int[] openAndOverdue() {
        Map<String, Object> counts = jdbc.sql("SELECT COUNT(*) AS open_tasks, COALESCE(SUM(t.due_date < :today), 0) AS overdue FROM task t WHERE "
                + TaskQueries.inboxCondition() + " AND t.status <> 'ACCEPTED'").param("reach", currentUser.reachForQuery()).param("today", LocalDate.now(clock))
                .query().singleRow();
        return new int[] {((Number) counts.get("open_tasks")).intValue(), ((Number) counts.get("overdue")).intValue()};
    }

    @PreAuthorize(STAFF)
    public int countInbox() {
        return jdbc.sql("SELECT COUNT(*) FROM task t WHERE " + TaskQueries.inboxCondition()).param("reach", currentUser.reachForQuery()).query(Integer.class).single();
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<Task> find(long id) {
        Optional<Task> task = tasks.findById(id);
        task.ifPresent(this::requireReadable);
        return task;
    }

    @PreAuthorize(READERS)
    public List<TaskSummary> children(long parentId) {
        Map<String, Object> params = new HashMap<>(Map.of("parent", parentId));
        String scope = TaskQueries.scope(currentUser.areaPattern(), params);
        return jdbc.sql("SELECT " + TaskQueries.SUMMARY_COLUMNS + " FROM task t WHERE t.parent_id = :parent" + scope + " ORDER BY t.id")
                .params(params).query(TaskSummary.class).list();
    }

    @PreAuthorize(READERS)
    public TaskRollUp rollUp(long parentId) {
        LocalDate today = LocalDate.now(clock);
        Map<TaskStatus, Integer> byStatus = new EnumMap<>(TaskStatus.class);
        int[] totals = new int[2];
        for (TaskSummary child : children(parentId)) {
            byStatus.merge(child.status(), 1, Integer::sum);
            totals[0]++;
            if (child.isOverdue(today)) {
                totals[1]++;
            }
        }
        return new TaskRollUp(totals[0], byStatus, totals[1]);
    }

    /**
     * Assigns a task. With one lead institution it is one task; with several, a group task whose
     * children — one per institution — are tracked separately.
     */
    @PreAuthorize(PLANNERS)
    @Transactional
    public Task assign(Task edited, Set<Long> leads) {
        if (leads == null || leads.isEmpty()) {
            throw new InvalidFieldException("leadInstitutionId", "validation.required");
        }
        requireLeadsInReach(leads);
        validate(edited, leads);
        if (edited.getDueDate().isBefore(LocalDate.now(clock))) {
            throw new InvalidFieldException("dueDate", "task.error.dueInPast");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        edited.setCreatedBy(currentUser.actorName());
        edited.setCreatedAt(now);
        edited.setUpdatedAt(now);
        if (leads.size() == 1) {
            edited.setLeadInstitutionId(leads.iterator().next());
            return created(tasks.save(edited));
        }
        edited.setLeadInstitutionId(null);
        Task group = created(tasks.save(edited));
        for (Long lead : leads) {
            created(tasks.save(group.childFor(group.getId(), lead)));
        }
        return group;
    }

    /** Changes the details of a task (e.g. extends its due date); the state only moves through the workflow. */
    @PreAuthorize(PLANNERS)
    @Transactional
    public Task update(Task edited) {
        Task before = OptimisticLocking.unchanged(tasks.findById(edited.getId()), edited, ENTITY + " " + edited.getId());
        requireReadable(before);
        if (!edited.isGroup()) {
            requireLeadsInReach(Set.of(edited.getLeadInstitutionId()));
        }
        validate(edited, edited.isGroup() ? Set.of() : Set.of(edited.getLeadInstitutionId()));
        if (edited.getStatus() != before.getStatus()) {
            throw new InvalidFieldException("status", "workflow.error.notAllowed");
        }
        edited.setUpdatedAt(LocalDateTime.now(clock));
        Task saved = tasks.save(edited);
        audit.record(AuditAction.UPDATE, ENTITY, saved.getId(), AuditChanges.between(before.auditFields(), saved.auditFields()));
        return saved;
    }

    /**
     * Moves the due date of several open tasks at once (a group task takes its institutions' tasks
     * with it). Returns how many tasks changed; accepted ones keep their date.
     */
    @PreAuthorize(PLANNERS)
    @Transactional
    public int extendDueDate(java.util.Collection<Long> taskIds, LocalDate newDue) {
        if (newDue == null || newDue.isBefore(LocalDate.now(clock))) {
            throw new InvalidFieldException("dueDate", "task.error.dueInPast");
        }
        DateInput.within(newDue, "dueDate", clock);
        int changed = 0;
        for (Task task : tasks.findAllById(withGroupMembers(taskIds))) {
            requireReadable(task);
            if (task.getStatus().isOpen() && !newDue.equals(task.getDueDate())) {
                String change = "dueDate: " + task.getDueDate() + " → " + newDue;
                task.setDueDate(newDue);
                task.setUpdatedAt(LocalDateTime.now(clock));
                tasks.save(task);
                audit.record(AuditAction.UPDATE, ENTITY, task.getId(), change);
                changed++;
            }
        }
        return changed;
    }

    /** Reminds the lead institutions of the given open tasks now (a group task reminds all of its institutions). */
    @PreAuthorize(PLANNERS)
    @Transactional
    public int remind(Collection<Long> taskIds) {
        int reminded = 0;
        for (Task task : tasks.findAllById(withGroupMembers(taskIds))) {
            requireReadable(task);
            if (!task.isGroup() && task.getStatus().isOpen()) {
                events.publishEvent(new TaskEvent(TaskEvent.Kind.REMINDED, task.getId(), task.getTitle(), task.getLeadInstitutionId(),
                        clock.millis()));
                reminded++;
            }
        }
        return reminded;
    }

    @PreAuthorize(STAFF)
    @Transactional
    public Task reportProgress(Task task, Integer percent, String text) {
        Task current = leadsCurrent(task);
        if (percent == null || percent < 0 || percent > 100) {
            throw new InvalidFieldException("percent", "task.error.percent");
        }
        requireText(text, "text");
        current.setProgressPercent(percent);
        Task saved = workflow.workStarted(current);
        if (saved == current) {
            current.setUpdatedAt(LocalDateTime.now(clock));
            saved = tasks.save(current);
        }
        entries.save(new TaskEntry(null, saved.getId(), TaskEntryKind.PROGRESS, currentUser.actorName(), percent, text.strip(),
                LocalDateTime.now(clock)));
        return saved;
    }

    /**
     * The lead institution shares its task out to one of its departments (科室) with the person
     * responsible there, a line of its own decomposition table; the due date stays the bureau's.
     */
    @PreAuthorize(STAFF)
    @Transactional
    public Task shareOut(Task task, Long departmentId, String responsiblePerson) {
        Task current = leadsCurrent(task);
        String person = responsiblePerson == null ? null : responsiblePerson.strip();
        if (person != null && person.length() > Task.RESPONSIBLE_MAX) {
            throw new InvalidFieldException("responsiblePerson", "validation.maxLength");
        }
        Task before = current.copy();
        current.setDepartmentId(departmentId);
        current.setResponsiblePerson(person == null || person.isEmpty() ? null : person);
        validate(current, Set.of(current.getLeadInstitutionId()));
        current.setUpdatedAt(LocalDateTime.now(clock));
        Task saved = tasks.save(current);
        audit.record(AuditAction.UPDATE, ENTITY, saved.getId(), AuditChanges.between(before.auditFields(), saved.auditFields()));
        return saved;
    }

    @PreAuthorize(STAFF)
    @Transactional
    public Task submit(Task task, String note) {
        return published(TaskEvent.Kind.SUBMITTED, workflow.move(leadsCurrent(task), TaskStatus.SUBMITTED, note));
    }

    @PreAuthorize(PLANNERS)
    @Transactional
    public Task accept(Task task, String note) {
        Task current = OptimisticLocking.unchanged(tasks.findById(task.getId()), task, ENTITY + " " + task.getId());
        requireReadable(current);
        if (currentUser.actorName().equals(lastSubmitter(current.getId()))) {
            throw new AccessDeniedException("Nobody accepts their own work");
        }
        return workflow.move(current, TaskStatus.ACCEPTED, note);
    }

    @PreAuthorize(PLANNERS)
    @Transactional
    public Task returnForRework(Task task, String reason) {
        requireText(reason, "reason");
        Task current = OptimisticLocking.unchanged(tasks.findById(task.getId()), task, ENTITY + " " + task.getId());
        requireReadable(current);
        return published(TaskEvent.Kind.RETURNED, workflow.move(current, TaskStatus.RETURNED, reason.strip()));
    }

    /** Leads, cooperating institutions and the bureau comment; viewers only read. */
    @PreAuthorize("isAuthenticated() and !hasRole('" + Roles.VIEWER + "')")
    @Transactional
    public void comment(Task task, String text) {
        requireReadable(tasks.findById(task.getId()).orElseThrow(() -> new AccessDeniedException("No task " + task.getId())));
        requireText(text, "comment");
        entries.save(new TaskEntry(null, task.getId(), TaskEntryKind.COMMENT, currentUser.actorName(), null, text.strip(),
                LocalDateTime.now(clock)));
    }

    /** State changes, progress updates and comments together, oldest first. */
    @PreAuthorize("isAuthenticated()")
    public List<TimelineItem> timeline(long taskId) {
        Task task = tasks.findById(taskId).orElseThrow(() -> new AccessDeniedException("No task " + taskId));
        requireReadable(task);
        List<TimelineItem> items = new ArrayList<>();
        for (WorkflowTransition step : history.of(ENTITY, taskId)) {
            items.add(new TimelineItem(step.occurredAt(), step.actor(), "task.status." + step.toState(), step.note(), null));
        }
        for (TaskEntry entry : entries.findByTaskIdOrderByCreatedAtAscIdAsc(taskId)) {
            items.add(new TimelineItem(entry.createdAt(), entry.author(), entry.kind().messageKey(), entry.text(), entry.percent()));
        }
        items.sort(Comparator.comparing(TimelineItem::at));
        return items;
    }

    /** Whether the logged-in user acts for the task's lead institution (reports, submits). */
    @PreAuthorize("isAuthenticated()")
    public boolean isLead(Task task) {
        AuthenticatedUser user = currentUser.require();
        return (user.role() == Role.INSTITUTION || user.role() == Role.ASSOCIATION)
                && task.getLeadInstitutionId() != null && user.canReach(task.getLeadInstitutionId());
    }

    /** The given tasks and, for group tasks among them, each institution's task. */
    private List<Long> withGroupMembers(java.util.Collection<Long> taskIds) {
        List<Long> ids = new ArrayList<>(taskIds);
        for (Long id : taskIds) {
            ids.addAll(children(id).stream().map(TaskSummary::id).toList());
        }
        return ids;
    }

    private Task created(Task saved) {
        workflow.start(saved);
        audit.record(AuditAction.CREATE, ENTITY, saved.getId(), AuditChanges.of(saved.auditFields()));
        return saved.isGroup() ? saved : published(TaskEvent.Kind.ASSIGNED, saved);
    }

    private Task published(TaskEvent.Kind kind, Task task) {
        events.publishEvent(new TaskEvent(kind, task.getId(), task.getTitle(), task.getLeadInstitutionId(), task.getVersion()));
        return task;
    }

    /** Open tasks of institutions due on or before {@code day}, for the reminder job. */
    @PreAuthorize(READERS)
    public List<TaskSummary> openDueBy(LocalDate day, int limit) {
        Map<String, Object> params = new HashMap<>(Map.of("day", day, "limit", limit));
        String scope = TaskQueries.scope(currentUser.areaPattern(), params);
        return jdbc.sql("SELECT " + TaskQueries.SUMMARY_COLUMNS + " FROM task t WHERE t.lead_institution_id IS NOT NULL"
                        + " AND t.status <> 'ACCEPTED' AND t.due_date <= :day" + scope + " ORDER BY t.due_date, t.id LIMIT :limit")
                .params(params).query(TaskSummary.class).list();
    }

    private Task leadsCurrent(Task task) {
        Task current = OptimisticLocking.unchanged(tasks.findById(task.getId()), task, ENTITY + " " + task.getId());
        if (!isLead(current)) {
            throw new AccessDeniedException("Only the lead institution acts on task " + task.getId());
        }
        return current;
    }

    private void requireReadable(Task task) {
        AuthenticatedUser user = currentUser.require();
        if (user.seesAllInstitutions()) {
            return;
        }
        boolean leads = task.getLeadInstitutionId() != null && user.canReach(task.getLeadInstitutionId());
        boolean readable = user.isAreaBound()
                ? leads || programs.find(task.getProgramId()).isPresent() || aChildLeadIsReachable(task)
                : leads || task.cooperatorIds().stream().anyMatch(user::canReach);
        if (!readable) {
            throw new AccessDeniedException("Task " + task.getId() + " belongs to another institution");
        }
    }

    /** A planner bound to an area assigns tasks to its own institutions only. */
    private void requireLeadsInReach(Set<Long> leads) {
        AuthenticatedUser user = currentUser.require();
        if (!leads.stream().allMatch(user::canReach)) {
            throw new InvalidFieldException("leadInstitutionId", "area.error.institutionOutsideScope");
        }
    }

    /** A group task is seen by an area whose institution leads one of its institutions' tasks (the same rule as the lists). */
    private boolean aChildLeadIsReachable(Task task) {
        return task.isGroup() && jdbc.sql("SELECT COUNT(*) FROM task t WHERE t.parent_id = :parent AND t.lead_institution_id IN (:reach)")
                .param("parent", task.getId()).param("reach", currentUser.reachForQuery()).query(Integer.class).single() > 0;
    }

    private void validate(Task task, Set<Long> leads) {
        requireText(task.getTitle(), "title");
        if (task.getTitle().strip().length() > Task.TITLE_MAX) {
            throw new InvalidFieldException("title", "validation.maxLength");
        }
        if (task.getDueDate() == null) {
            throw new InvalidFieldException("dueDate", "validation.required");
        }
        DateInput.within(task.getDueDate(), "dueDate", clock);
        Program program = programs.find(task.getProgramId()).orElseThrow(() -> new InvalidFieldException("programId", "validation.required"));
        if (program.getStatus() == ProgramStatus.CLOSED) {
            throw new InvalidFieldException("programId", "activity.error.programClosed");
        }
        if (task.getWorkStreamId() != null && programs.workStreams(program.getId()).stream()
                .noneMatch(stream -> stream.getId().equals(task.getWorkStreamId()))) {
            throw new InvalidFieldException("workStreamId", "activity.error.workStreamOfOtherProgram");
        }
        if (task.cooperatorIds().stream().anyMatch(leads::contains)) {
            throw new InvalidFieldException("cooperators", "task.error.leadCooperates");
        }
        if (task.getDepartmentId() != null) {
            Long department = task.getDepartmentId();
            boolean ofTheLead = leads.size() == 1 && jdbc.sql("SELECT COUNT(*) FROM institution_department WHERE id = :id AND institution_id = :lead")
                    .param("id", department).param("lead", leads.iterator().next()).query(Long.class).single() > 0;
            if (!ofTheLead) {
                throw new InvalidFieldException("departmentId", "task.error.departmentOfOtherInstitution");
            }
        }
    }

    private static void requireText(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new InvalidFieldException(field, "validation.required");
        }
        if (text.length() > TaskEntry.TEXT_MAX) {
            throw new InvalidFieldException(field, "validation.maxLength");
        }
    }

    private String lastSubmitter(long taskId) {
        return history.of(ENTITY, taskId).stream().filter(step -> TaskStatus.SUBMITTED.name().equals(step.toState()))
                .reduce((first, second) -> second).map(WorkflowTransition::actor).orElse(null);
    }

}
