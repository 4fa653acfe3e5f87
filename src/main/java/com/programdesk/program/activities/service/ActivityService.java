package com.programdesk.program.activities.service;

import com.programdesk.program.plan.service.KnownPrograms;
import com.programdesk.program.plan.service.ProgramScope;

import com.programdesk.audit.domain.AuditAction;
import com.programdesk.audit.domain.AuditChanges;
import com.programdesk.audit.domain.AuditedEntity;
import com.programdesk.audit.service.AuditService;
import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.base.service.OptimisticLocking;
import com.programdesk.program.activities.domain.Activity;
import com.programdesk.program.activities.domain.ActivityFilter;
import com.programdesk.program.activities.domain.ActivityMoved;
import com.programdesk.program.activities.domain.ActivityRepository;
import com.programdesk.program.activities.domain.ActivityStatus;
import com.programdesk.program.activities.domain.CalendarEntry;
import com.programdesk.program.plan.domain.Program;
import com.programdesk.program.plan.domain.ProgramRepository;
import com.programdesk.program.plan.domain.MeasuredData;
import com.programdesk.program.plan.domain.TargetActualsChanged;
import com.programdesk.program.plan.domain.WorkStreamRepository;
import com.programdesk.security.domain.AuthenticatedUser;
import com.programdesk.security.domain.Role;
import com.programdesk.security.domain.Roles;
import com.programdesk.security.service.CurrentUser;
import com.programdesk.workflow.domain.WorkflowTransition;
import com.programdesk.workflow.service.WorkflowHistory;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The activity calendar. Everyone logged in reads it — users bound to an area the activities of its
 * programs and of its institutions; coordinators and administrators plan any activity they see
 * (those bound to an area for its institutions); institution and association staff create and log
 * only their own institution's.
 */
@Service
@Transactional(readOnly = true)
public class ActivityService {

    static final String EDITORS = "hasAnyRole('" + Roles.ADMIN + "','" + Roles.COORDINATOR + "','"
            + Roles.INSTITUTION + "','" + Roles.ASSOCIATION + "')";
    /** A calendar page never needs more; a guard against a runaway range. */
    public static final int CALENDAR_LIMIT = 2000;
    private static final AuditedEntity ENTITY = ActivityWorkflow.ENTITY;

    private final ActivityRepository activities;
    /** Read where an activity is saved: the program as this transaction sees it. */
    private final ProgramRepository programs;
    private final KnownPrograms knownPrograms;
    private final ActivityValidator validator;
    private final ActivityWorkflow workflow;
    private final WorkflowHistory history;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final ProgramScope scope;
    private final Clock clock;

    ActivityService(ActivityRepository activities, ProgramRepository programs, KnownPrograms knownPrograms, WorkStreamRepository workStreams,
                    ActivityWorkflow workflow, WorkflowHistory history, AuditService audit, CurrentUser currentUser,
                    JdbcClient jdbc, ApplicationEventPublisher events, ProgramScope scope, Clock clock) {
        this.knownPrograms = knownPrograms;
        this.scope = scope;
        this.events = events;
        this.activities = activities;
        this.programs = programs;
        this.validator = new ActivityValidator(workStreams);
        this.workflow = workflow;
        this.history = history;
        this.audit = audit;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Dated activities touching [from, to], for a month or week page. */
    @PreAuthorize("isAuthenticated()")
    public List<CalendarEntry> dated(LocalDate from, LocalDate to, ActivityFilter filter) {
        return entries("a.starts_at IS NOT NULL", from, to, filter, "a.starts_at, a.id", CALENDAR_LIMIT, 0);
    }

    /** Activities planned for a window overlapping [from, to] that have no date yet. */
    @PreAuthorize("isAuthenticated()")
    public List<CalendarEntry> undated(LocalDate from, LocalDate to, ActivityFilter filter) {
        return entries("a.starts_at IS NULL", from, to, filter, "a.window_start, a.id", CALENDAR_LIMIT, 0);
    }

    /** The agenda (list view): every activity touching [from, to], one page at a time. */
    @PreAuthorize("isAuthenticated()")
    public List<CalendarEntry> agenda(LocalDate from, LocalDate to, ActivityFilter filter, int offset, int limit) {
        return entries("1 = 1", from, to, filter, "a.window_start, a.starts_at, a.id", limit, offset);
    }

    @PreAuthorize("isAuthenticated()")
    public int countAgenda(LocalDate from, LocalDate to, ActivityFilter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = ActivityQueries.where("1 = 1", from, to, filter, currentUser.areaPattern(), params);
        return jdbc.sql("SELECT COUNT(*) FROM activity a WHERE " + where).params(params).query(Integer.class).single();
    }

    /** The latest day any activity of [from, to] matching the filter and seen by the user runs to, if there is one. */
    @PreAuthorize("isAuthenticated()")
    public Optional<LocalDate> latestDay(LocalDate from, LocalDate to, ActivityFilter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = ActivityQueries.where("1 = 1", from, to, filter, currentUser.areaPattern(), params);
        return jdbc.sql("SELECT MAX(a.window_end) FROM activity a WHERE " + where).params(params).query(LocalDate.class).list().stream()
                .filter(Objects::nonNull).findFirst();
    }

    /** The activity, if the user sees it: another area's activity looks like one that does not exist. */
    @PreAuthorize("isAuthenticated()")
    public Optional<Activity> find(long id) {
        return activities.findById(id).filter(this::isVisible);
    }

    /** Whether the logged-in user may change this activity (the same rule the saves enforce). */
    @PreAuthorize("isAuthenticated()")
    public boolean canEdit(Activity activity) {
        AuthenticatedUser user = currentUser.require();
        return switch (user.role()) {
            case ADMIN, COORDINATOR -> isVisible(activity);
            case INSTITUTION, ASSOCIATION -> activity.getOrganiserId() == null || user.canReach(activity.getOrganiserId());
            case VIEWER -> false;
        };
    }

    @PreAuthorize(EDITORS)
    @Transactional
    public Activity save(Activity edited) {
        Program program = programs.findById(edited.getProgramId())
                .orElseThrow(() -> new InvalidFieldException("programId", "validation.required"));
        Activity before = null;
        if (!edited.isNew()) {
            before = activities.findById(edited.getId())
                    .orElseThrow(() -> new OptimisticLockingFailureException("Activity " + edited.getId() + " no longer exists"));
            requireEditable(before);
            if (!before.getStatus().isOpen() || edited.getStatus() != before.getStatus()) {
                throw new InvalidFieldException("status", "activity.error.notEditable");
            }
        } else if (edited.getStatus() != ActivityStatus.PLANNED) {
            throw new InvalidFieldException("status", "workflow.error.notAllowed");
        }
        requireOrganiserInReach(edited.getOrganiserId(), before == null ? null : before.getOrganiserId());
        if (!scope.isVisible(program)) {
            throw new InvalidFieldException("programId", "area.error.programOutsideScope");
        }
        validator.validate(edited, program);
        edited.setUpdatedAt(LocalDateTime.now(clock));
        if (edited.isNew()) {
            edited.setCreatedAt(edited.getUpdatedAt());
        }
        Activity saved = activities.save(edited);
        if (before == null) {
            workflow.start(saved);
            audit.record(AuditAction.CREATE, ENTITY, saved.getId(), AuditChanges.of(saved.auditFields()));
        } else {
            audit.record(AuditAction.UPDATE, ENTITY, saved.getId(), AuditChanges.between(before.auditFields(), saved.auditFields()));
            if (!saved.day().equals(before.day())) {
                events.publishEvent(new ActivityMoved(saved.getId(), saved.day()));
            }
        }
        events.publishEvent(TargetActualsChanged.ofSaved(before == null ? null : before.getProgramId(), saved.getProgramId(), MeasuredData.ACTIVITIES));
        return saved;
    }

    /** Moves a dated activity to another start, keeping its length; the move is audited. */
    @PreAuthorize(EDITORS)
    @Transactional
    public Activity reschedule(Activity activity, LocalDateTime newStart) {
        Activity current = editableCurrent(activity);
        if (!current.getStatus().isOpen()) {
            throw new InvalidFieldException("startsAt", "activity.error.notEditable");
        }
        Map<String, Object> before = current.auditFields();
        Duration length = current.isDated() && current.getEndsAt() != null
                ? Duration.between(current.getStartsAt(), current.getEndsAt()) : Duration.ZERO;
        current.schedule(newStart, length.isZero() ? null : newStart.plus(length));
        Program program = programs.findById(current.getProgramId()).orElseThrow();
        validator.validate(current, program);
        current.setUpdatedAt(LocalDateTime.now(clock));
        Activity saved = activities.save(current);
        audit.record(AuditAction.RESCHEDULE, ENTITY, saved.getId(), AuditChanges.between(before, saved.auditFields()));
        events.publishEvent(new ActivityMoved(saved.getId(), saved.day()));
        events.publishEvent(TargetActualsChanged.ofProgram(saved.getProgramId(), MeasuredData.ACTIVITIES));
        return saved;
    }

    @PreAuthorize(EDITORS)
    @Transactional
    public Activity confirm(Activity activity, String note) {
        return changed(workflow.confirm(editableCurrent(activity), note));
    }

    @PreAuthorize(EDITORS)
    @Transactional
    public Activity markDone(Activity activity, Integer actualAttendance, String outcomeNote) {
        return changed(workflow.markDone(editableCurrent(activity), actualAttendance, outcomeNote));
    }

    @PreAuthorize(EDITORS)
    @Transactional
    public Activity cancel(Activity activity, String reason) {
        return changed(workflow.cancel(editableCurrent(activity), reason));
    }

    private Activity changed(Activity activity) {
        events.publishEvent(TargetActualsChanged.ofProgram(activity.getProgramId(), MeasuredData.ACTIVITIES));
        return activity;
    }

    /** Other activities at the same place or by the same organiser whose times overlap: a warning, not a refusal. */
    @PreAuthorize("isAuthenticated()")
    public List<CalendarEntry> conflicts(Activity activity) {
        if (!activity.isDated() || !isValidPeriod(activity)) {
            return List.of();
        }
        LocalDateTime end = activity.getEndsAt() != null ? activity.getEndsAt() : activity.getStartsAt().plusHours(1);
        Map<String, Object> params = new HashMap<>(Map.of("start", activity.getStartsAt(), "end", end,
                "organiser", activity.getOrganiserId() == null ? -1L : activity.getOrganiserId(),
                "place", activity.getPlace() == null ? "" : activity.getPlace().strip(),
                "self", activity.getId() == null ? -1L : activity.getId()));
        String pattern = currentUser.areaPattern();
        if (pattern != null) {
            params.put("areaScope", pattern);
        }
        return jdbc.sql("SELECT " + ActivityQueries.ENTRY_COLUMNS + " FROM activity a WHERE a.id <> :self AND a.status <> 'CANCELLED'"
                        + (pattern == null ? "" : " AND " + ActivityQueries.visibleIn("areaScope"))
                        + " AND a.starts_at IS NOT NULL AND a.starts_at < :end"
                        + " AND COALESCE(a.ends_at, a.starts_at + INTERVAL 1 HOUR) > :start"
                        + " AND (a.organiser_id = :organiser OR (:place <> '' AND a.place = :place)) ORDER BY a.starts_at LIMIT 20")
                .params(params).query(ActivityQueries.ENTRY).list();
    }

    /** Conflicts mean something only for a period the activity could be saved with: ends after it starts, inside its program. */
    private boolean isValidPeriod(Activity activity) {
        if (activity.getEndsAt() != null && activity.getEndsAt().isBefore(activity.getStartsAt())) {
            return false;
        }
        return knownPrograms.byId(activity.getProgramId())
                .map(p -> p.covers(activity.getWindowStart()) && p.covers(activity.getWindowEnd())).orElse(true);
    }

    @PreAuthorize("isAuthenticated()")
    public List<WorkflowTransition> history(long activityId) {
        return activities.findById(activityId).filter(this::isVisible).isEmpty() ? List.of() : history.of(ENTITY, activityId);
    }

    /**
     * Users bound to an area see the activities of the programs of their area and those organised by
     * its institutions; everyone else sees the whole calendar.
     */
    private boolean isVisible(Activity activity) {
        AuthenticatedUser user = currentUser.require();
        if (!user.isAreaBound() || user.canReach(activity.getOrganiserId())) {
            return true;
        }
        return knownPrograms.byId(activity.getProgramId()).map(scope::isVisible).orElse(false);
    }

    private Activity editableCurrent(Activity activity) {
        Activity current = OptimisticLocking.unchanged(activities.findById(activity.getId()), activity, ENTITY + " " + activity.getId());
        requireEditable(current);
        return current;
    }

    private void requireEditable(Activity current) {
        if (!canEdit(current)) {
            throw new AccessDeniedException("Activity " + current.getId() + " belongs to another institution");
        }
    }

    /**
     * Staff log their own institution's activities; the bureau of an area names its own institutions
     * as organisers (an activity of its program organised by a partner elsewhere keeps its organiser).
     */
    private void requireOrganiserInReach(Long organiserId, Long organiserBefore) {
        AuthenticatedUser user = currentUser.require();
        boolean staff = user.role() == Role.INSTITUTION || user.role() == Role.ASSOCIATION;
        boolean named = user.isAreaBound() && !java.util.Objects.equals(organiserId, organiserBefore);
        if ((staff || named) && organiserId != null) {
            currentUser.requireReach(organiserId);
        }
    }

    private List<CalendarEntry> entries(String condition, LocalDate from, LocalDate to, ActivityFilter filter,
                                        String order, int limit, int offset) {
        Map<String, Object> params = new HashMap<>();
        String where = ActivityQueries.where(condition, from, to, filter, currentUser.areaPattern(), params);
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql("SELECT " + ActivityQueries.ENTRY_COLUMNS + " FROM activity a WHERE " + where + " ORDER BY " + order
                + " LIMIT :limit OFFSET :offset").params(params).query(ActivityQueries.ENTRY).list();
    }
}
