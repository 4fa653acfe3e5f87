package com.programdesk.memberevent.service;

import com.programdesk.audit.domain.AuditAction;
import com.programdesk.audit.domain.AuditChanges;
import com.programdesk.audit.domain.AuditedEntity;
import com.programdesk.audit.service.AuditService;
import com.programdesk.base.service.DateInput;
import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.base.service.OptimisticLocking;
import com.programdesk.institution.domain.InstitutionSummary;
import com.programdesk.memberevent.domain.BranchOnDay;
import com.programdesk.memberevent.domain.BranchYearFigures;
import com.programdesk.memberevent.domain.MemberEvent;
import com.programdesk.memberevent.domain.MemberEventFilter;
import com.programdesk.memberevent.domain.MemberEventRepository;
import com.programdesk.memberevent.domain.MemberEventRow;
import com.programdesk.program.plan.domain.MeasuredData;
import com.programdesk.program.plan.domain.TargetActualsChanged;
import com.programdesk.security.domain.AuthenticatedUser;
import com.programdesk.security.domain.Role;
import com.programdesk.security.domain.Roles;
import com.programdesk.security.service.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Events of the family planning association and its township branches (会员活动). Association users
 * log them for the branches they reach (the association's own staff for every branch, a branch's
 * staff for its own); the bureau and viewers read them all; hospitals have no part in them.
 */
@Service
@Transactional(readOnly = true)
public class MemberEventService {

    /** Owner type of the photos attached to an event. */
    public static final String PHOTOS = "MemberEvent";
    static final String READERS = "hasAnyRole('" + Roles.ADMIN + "','" + Roles.COORDINATOR + "','" + Roles.VIEWER + "','"
            + Roles.ASSOCIATION + "')";
    static final String LOGGERS = "hasRole('" + Roles.ASSOCIATION + "')";
    private static final AuditedEntity ENTITY = AuditedEntity.MEMBER_EVENT;
    private static final String BRANCH_TYPES = "i.type IN ('FAMILY_PLANNING_ASSOCIATION', 'ASSOCIATION_BRANCH')";
    /** The association itself first, then its branches by code. */
    private static final String BRANCH_ORDER = "i.parent_id IS NOT NULL, i.code, i.id";
    private static final String BY_BRANCH = " GROUP BY i.id, i.name_zh, i.parent_id, i.code ORDER BY " + BRANCH_ORDER;

    private final MemberEventRepository events;
    private final ApplicationEventPublisher published;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;
    private final Clock clock;

    MemberEventService(MemberEventRepository events, AuditService audit, CurrentUser currentUser, JdbcClient jdbc, Clock clock,
                       ApplicationEventPublisher published) {
        this.published = published;
        this.events = events;
        this.audit = audit;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Events matching the filter that the user may read, newest first, one page at a time. */
    @PreAuthorize(READERS)
    public List<MemberEventRow> search(MemberEventFilter filter, int offset, int limit) {
        Map<String, Object> params = new HashMap<>(Map.of("limit", limit, "offset", offset));
        return jdbc.sql("""
                SELECT e.id, e.event_date, e.branch_id, i.name_zh AS branch_name, e.title, e.type, e.members, e.others
                FROM member_event e JOIN institution i ON i.id = e.branch_id
                """ + "WHERE " + conditions(filter, params) + " ORDER BY e.event_date DESC, e.id DESC LIMIT :limit OFFSET :offset")
                .params(params).query(MemberEventRow.class).list();
    }

    @PreAuthorize(READERS)
    public int count(MemberEventFilter filter) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("SELECT COUNT(*) FROM member_event e WHERE " + conditions(filter, params))
                .params(params).query(Integer.class).single();
    }

    @PreAuthorize(READERS)
    public Optional<MemberEvent> find(long id) {
        Optional<MemberEvent> event = events.findById(id);
        event.ifPresent(found -> currentUser.requireReach(found.getBranchId()));
        return event;
    }

    /** The association and its active branches that the user may read, for the branch filter. */
    @PreAuthorize(READERS)
    public List<InstitutionSummary> branches() {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("SELECT i.id, i.name_zh, i.short_name, i.code, i.type FROM institution i WHERE i.active AND "
                        + branchScope(params) + " ORDER BY " + BRANCH_ORDER)
                .params(params).query(InstitutionSummary.class).list();
    }

    /** The branches the user may log events for: none unless they are association staff. */
    @PreAuthorize(READERS)
    public List<InstitutionSummary> loggableBranches() {
        return canLog() ? branches() : List.of();
    }

    /** True for association staff; the bureau and viewers only read the association's events. */
    @PreAuthorize(READERS)
    public boolean canLog() {
        return currentUser.require().role() == Role.ASSOCIATION;
    }

    @PreAuthorize(READERS)
    public boolean canEdit(MemberEvent event) {
        AuthenticatedUser user = currentUser.require();
        return user.role() == Role.ASSOCIATION && user.canReach(event.getBranchId());
    }

    /**
     * Logs a new event or saves changes to one. Refuses bad input with {@link InvalidFieldException}
     * at its field, a branch (or an existing event's branch) outside the user's reach with
     * {@link AccessDeniedException}; either way nothing is written.
     */
    @PreAuthorize(LOGGERS)
    @Transactional
    public MemberEvent save(MemberEvent edited) {
        MemberEvent event = edited.copy();
        validate(event);
        LocalDateTime now = LocalDateTime.now(clock);
        event.setUpdatedBy(currentUser.actorName());
        event.setUpdatedAt(now);
        if (event.isNew()) {
            event.setCreatedBy(currentUser.actorName());
            event.setCreatedAt(now);
            MemberEvent saved = events.save(event);
            audit.record(AuditAction.CREATE, ENTITY, saved.getId(), AuditChanges.of(saved.auditFields()));
            published.publishEvent(TargetActualsChanged.anyProgram(MeasuredData.MEMBER_EVENTS));
            return saved;
        }
        MemberEvent before = OptimisticLocking.unchanged(events.findById(event.getId()), event, ENTITY + " " + event.getId());
        currentUser.requireReach(before.getBranchId());
        event.setCreatedBy(before.getCreatedBy());
        event.setCreatedAt(before.getCreatedAt());
        MemberEvent saved = events.save(event);
        audit.record(AuditAction.UPDATE, ENTITY, saved.getId(), AuditChanges.between(before.auditFields(), saved.auditFields()));
        published.publishEvent(TargetActualsChanged.anyProgram(MeasuredData.MEMBER_EVENTS));
        return saved;
    }

    /** Per branch the user may read: the year's events, participants and events of each type (zeros for a quiet branch). */
    @PreAuthorize(READERS)
    public List<BranchYearFigures> yearFigures(int year) {
        Map<String, Object> params = new HashMap<>(Map.of("from", LocalDate.of(year, 1, 1), "to", LocalDate.of(year, 12, 31)));
        return jdbc.sql("""
                SELECT i.id AS branch_id, i.name_zh AS branch_name, COUNT(e.id) AS events,
                       COALESCE(SUM(e.members), 0) AS members, COALESCE(SUM(e.others), 0) AS others,
                       COUNT(CASE WHEN e.type = 'MEMBER_DAY' THEN 1 END) AS member_days,
                       COUNT(CASE WHEN e.type = 'TRAINING' THEN 1 END) AS trainings,
                       COUNT(CASE WHEN e.type = 'HOME_VISIT' THEN 1 END) AS home_visits,
                       COUNT(CASE WHEN e.type = 'CAMPAIGN' THEN 1 END) AS campaigns,
                       COUNT(CASE WHEN e.type = 'OTHER' THEN 1 END) AS other_events
                FROM institution i LEFT JOIN member_event e ON e.branch_id = i.id AND e.event_date BETWEEN :from AND :to
                """ + "WHERE (i.active OR e.id IS NOT NULL) AND " + branchScope(params) + BY_BRANCH)
                .params(params).query(BranchYearFigures.class).list();
    }

    /** Every active branch the user may read, with the events it logged for {@code day} — or none yet, to be chased. */
    @PreAuthorize(READERS)
    public List<BranchOnDay> onDay(LocalDate day) {
        Map<String, Object> params = new HashMap<>(Map.of("day", day));
        return jdbc.sql("""
                SELECT i.id AS branch_id, i.name_zh AS branch_name, COUNT(e.id) AS events,
                       GROUP_CONCAT(e.title ORDER BY e.id SEPARATOR '；') AS titles,
                       COALESCE(SUM(e.members), 0) AS members, COALESCE(SUM(e.others), 0) AS others
                FROM institution i LEFT JOIN member_event e ON e.branch_id = i.id AND e.event_date = :day
                """ + "WHERE i.active AND " + branchScope(params) + BY_BRANCH)
                .params(params).query(BranchOnDay.class).list();
    }

    /** The association's institutions, narrowed to the reachable ones for association staff. */
    private String branchScope(Map<String, Object> params) {
        AuthenticatedUser user = currentUser.require();
        if (user.seesAllInstitutions()) {
            return BRANCH_TYPES;
        }
        params.put("reach", List.copyOf(user.reachableInstitutionIds()));
        return BRANCH_TYPES + " AND i.id IN (:reach)";
    }

    private String conditions(MemberEventFilter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder("1 = 1");
        if (filter.year() != null) {
            where.append(" AND e.event_date BETWEEN :from AND :to");
            params.put("from", LocalDate.of(filter.year(), 1, 1));
            params.put("to", LocalDate.of(filter.year(), 12, 31));
        }
        if (filter.branchId() != null) {
            where.append(" AND e.branch_id = :branch");
            params.put("branch", filter.branchId());
        }
        AuthenticatedUser user = currentUser.require();
        if (!user.seesAllInstitutions()) {
            where.append(" AND e.branch_id IN (:reach)");
            params.put("reach", List.copyOf(user.reachableInstitutionIds()));
        }
        return where.toString();
    }

    private void validate(MemberEvent event) {
        if (event.getEventDate() == null) {
            throw new InvalidFieldException("eventDate", "validation.required");
        }
        if (event.getEventDate().isAfter(LocalDate.now(clock))) {
            throw new InvalidFieldException("eventDate", "memberEvent.error.future");
        }
        DateInput.within(event.getEventDate(), "eventDate", clock);
        if (event.getBranchId() == null) {
            throw new InvalidFieldException("branchId", "validation.required");
        }
        if (!isBranch(event.getBranchId())) {
            throw new InvalidFieldException("branchId", "memberEvent.error.notABranch");
        }
        currentUser.requireReach(event.getBranchId());
        String title = event.getTitle() == null ? "" : event.getTitle().strip();
        if (title.isEmpty()) {
            throw new InvalidFieldException("title", "validation.required");
        }
        if (title.length() > MemberEvent.TITLE_MAX) {
            throw new InvalidFieldException("title", "validation.maxLength");
        }
        event.setTitle(title);
        if (event.getType() == null) {
            throw new InvalidFieldException("type", "validation.required");
        }
        requireParticipants("members", event.getMembers());
        requireParticipants("others", event.getOthers());
        String note = event.getNote() == null || event.getNote().isBlank() ? null : event.getNote().strip();
        if (note != null && note.length() > MemberEvent.NOTE_MAX) {
            throw new InvalidFieldException("note", "validation.maxLength");
        }
        event.setNote(note);
    }

    private static void requireParticipants(String field, Integer count) {
        if (count == null) {
            throw new InvalidFieldException(field, "validation.required");
        }
        if (count < 0 || count > MemberEvent.PARTICIPANTS_MAX) {
            throw new InvalidFieldException(field, "memberEvent.error.participants");
        }
    }

    private boolean isBranch(long institutionId) {
        return jdbc.sql("SELECT COUNT(*) FROM institution i WHERE i.id = ? AND i.active AND " + BRANCH_TYPES)
                .param(institutionId).query(Integer.class).single() > 0;
    }
}
