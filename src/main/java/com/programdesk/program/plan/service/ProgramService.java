package com.programdesk.program.plan.service;

import com.programdesk.audit.domain.AuditAction;
import com.programdesk.audit.domain.AuditChanges;
import com.programdesk.audit.domain.AuditedEntity;
import com.programdesk.audit.service.AuditService;
import com.programdesk.base.service.DateInput;
import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.base.service.LikePatterns;
import com.programdesk.base.service.OptimisticLocking;
import com.programdesk.program.plan.domain.Program;
import com.programdesk.program.plan.domain.ProgramRepository;
import com.programdesk.program.plan.domain.ProgramStatus;
import com.programdesk.program.plan.domain.WorkStream;
import com.programdesk.program.plan.domain.WorkStreamRepository;
import com.programdesk.security.domain.AuthenticatedUser;
import com.programdesk.security.domain.Roles;
import com.programdesk.institution.service.InstitutionService;
import com.programdesk.security.service.CurrentUser;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.data.relational.core.query.Query;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Programs and their work streams. Everyone logged in reads programs — users bound to an area only
 * those of their area and below (see {@link ProgramScope}); the bureau plans them, within its area.
 */
@Service
@Transactional(readOnly = true)
public class ProgramService {

    public static final String PLANNERS = "hasAnyRole('" + Roles.ADMIN + "','" + Roles.COORDINATOR + "')";
    private static final AuditedEntity ENTITY = AuditedEntity.PROGRAM;

    private final ProgramRepository programs;
    private final WorkStreamRepository workStreams;
    private final JdbcAggregateTemplate template;
    private final AuditService audit;
    private final ProgramWorkflow workflow;
    private final Clock clock;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final ProgramScope scope;
    private final CurrentUser currentUser;
    private final InstitutionService institutions;
    private final KnownPrograms known;

    ProgramService(ProgramRepository programs, WorkStreamRepository workStreams,
                   JdbcAggregateTemplate template, AuditService audit, ProgramWorkflow workflow, Clock clock,
                   org.springframework.jdbc.core.simple.JdbcClient jdbc, ProgramScope scope, CurrentUser currentUser,
                   InstitutionService institutions, KnownPrograms known) {
        this.known = known;
        this.jdbc = jdbc;
        this.institutions = institutions;
        this.scope = scope;
        this.currentUser = currentUser;
        this.programs = programs;
        this.workStreams = workStreams;
        this.template = template;
        this.audit = audit;
        this.workflow = workflow;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    public List<Program> search(String text, Pageable pageable) {
        Pageable page = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by(Sort.Order.desc("periodStart"), Sort.Order.desc("id")));
        return template.findAll(Query.query(scoped(criteria(text))).with(page), Program.class);
    }

    @PreAuthorize("isAuthenticated()")
    public long count(String text) {
        return template.count(Query.query(scoped(criteria(text))), Program.class);
    }

    /** The program, if the user sees it: another area's program looks like one that does not exist. */
    @PreAuthorize("isAuthenticated()")
    public Optional<Program> find(long id) {
        return known.byId(id).filter(scope::isVisible);
    }

    /** Another program issued under the same document number (文号), if any: allowed, but worth a warning. */
    @PreAuthorize("isAuthenticated()")
    public Optional<Program> sameDocumentNumber(String documentNumber, Long exceptId) {
        if (documentNumber == null || documentNumber.isBlank()) {
            return Optional.empty();
        }
        return template.findAll(Query.query(scoped(Criteria.where("documentNumber").is(documentNumber.strip()))).limit(5), Program.class).stream()
                .filter(p -> !p.getId().equals(exceptId)).findFirst();
    }

    /** Active programs, newest first, for pickers (a handful at any time). */
    @PreAuthorize("isAuthenticated()")
    public List<Program> running() {
        String areaPattern = currentUser.areaPattern();
        return known.running(areaPattern == null ? "" : areaPattern, () -> template.findAll(
                Query.query(scoped(Criteria.where("status").not(ProgramStatus.CLOSED.name())))
                        .sort(Sort.by(Sort.Order.desc("periodStart"))).limit(100), Program.class));
    }

    @PreAuthorize("isAuthenticated()")
    public List<WorkStream> workStreams(long programId) {
        return find(programId).isEmpty() ? List.of() : workStreams.findByProgramIdOrderByPosition(programId);
    }

    /**
     * Saves the program and its work streams, given as an ordered list of names: a name at an
     * existing position renames that stream (its activities and targets keep it); extra names add
     * streams; a stream dropped from the end is removed only while nothing uses it.
     */
    @PreAuthorize(PLANNERS)
    @Transactional
    public Program save(Program edited, List<String> streamNames) {
        Program before = edited.isNew() ? null : programs.findById(edited.getId())
                .orElseThrow(() -> new OptimisticLockingFailureException("Program " + edited.getId() + " no longer exists"));
        if (before != null) {
            requireVisible(before);
        }
        validate(edited, streamNames);
        AuthenticatedUser user = currentUser.require();
        if (edited.getAreaId() == null && user.isAreaBound()) {
            edited.setAreaId(user.areaId()); // a bureau plans for its own area unless it names one below
        }
        requireAreaInScope(edited.getAreaId());
        LocalDateTime now = LocalDateTime.now(clock);
        edited.setUpdatedAt(now);
        if (edited.isNew()) {
            edited.setCreatedAt(now);
        }
        if (before != null && before.getStatus() == ProgramStatus.CLOSED) {
            throw new InvalidFieldException("title", "program.error.closed");
        }
        Program saved = programs.save(edited);
        known.changed(saved.getId());
        saveWorkStreams(saved.getId(), streamNames);
        if (before == null) {
            audit.record(AuditAction.CREATE, ENTITY, saved.getId(), AuditChanges.of(saved.auditFields()));
            workflow.start(saved);
        } else {
            audit.record(AuditAction.UPDATE, ENTITY, saved.getId(), AuditChanges.between(before.auditFields(), saved.auditFields()));
        }
        return saved;
    }

    /**
     * The program's participating institutions; an empty list means every institution of the
     * program's area takes part.
     */
    @PreAuthorize("isAuthenticated()")
    public List<Long> participants(long programId) {
        if (find(programId).isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT institution_id FROM program_institution WHERE program_id = :program ORDER BY institution_id")
                .param("program", programId).query(Long.class).list();
    }

    /** Replaces the list of participating institutions; each must lie in the program's area. */
    @PreAuthorize(PLANNERS)
    @Transactional
    public void setParticipants(Program program, java.util.Collection<Long> institutionIds) {
        Program current = programs.findById(program.getId())
                .orElseThrow(() -> new OptimisticLockingFailureException("Program " + program.getId() + " no longer exists"));
        requireVisible(current);
        institutionIds.forEach(currentUser::requireReach);
        String areaPath = scope.areaPath(current.getAreaId());
        for (Long institution : institutionIds) {
            String path = institutions.areaPathOf(institution).orElse(null);
            if (areaPath != null && (path == null || !path.startsWith(areaPath))) {
                throw new InvalidFieldException("participants", "program.error.participantOutsideArea");
            }
        }
        List<Long> before = participants(current.getId());
        jdbc.sql("DELETE FROM program_institution WHERE program_id = :program").param("program", current.getId()).update();
        for (Long institution : institutionIds.stream().distinct().toList()) {
            jdbc.sql("INSERT INTO program_institution (program_id, institution_id) VALUES (:program, :institution)")
                    .param("program", current.getId()).param("institution", institution).update();
        }
        audit.record(AuditAction.UPDATE, ENTITY, current.getId(),
                AuditChanges.between(java.util.Map.of("participants", before), java.util.Map.of("participants", participants(current.getId()))));
    }

    /** Moves a program along draft → active → closed; the step is recorded with the note. */
    @PreAuthorize(PLANNERS)
    @Transactional
    public Program changeStatus(Program program, ProgramStatus target, String note) {
        Program current = OptimisticLocking.unchanged(programs.findById(program.getId()), program, ENTITY + " " + program.getId());
        requireVisible(current);
        known.changed(current.getId());
        return workflow.move(current, target, note);
    }

    private void saveWorkStreams(long programId, List<String> names) {
        List<WorkStream> existing = new ArrayList<>(workStreams.findByProgramIdOrderByPosition(programId));
        List<String> wanted = names.stream().map(String::strip).filter(n -> !n.isEmpty()).toList();
        // renames first go through a temporary name, so swapping two names does not hit the unique key
        for (int i = 0; i < Math.min(existing.size(), wanted.size()); i++) {
            WorkStream stream = existing.get(i);
            if (!stream.getName().equals(wanted.get(i))) {
                stream.setName("~" + stream.getId());
                workStreams.save(stream);
            }
        }
        for (int i = 0; i < wanted.size(); i++) {
            WorkStream stream = i < existing.size() ? existing.get(i) : new WorkStream(programId, i, wanted.get(i));
            stream.setName(wanted.get(i));
            stream.setPosition(i);
            workStreams.save(stream);
        }
        for (WorkStream dropped : existing.subList(Math.min(existing.size(), wanted.size()), existing.size())) {
            if (inUse(dropped.getId())) {
                throw new InvalidFieldException("workStreams", "program.error.workStreamInUse");
            }
            workStreams.delete(dropped);
        }
    }

    /** Whether an activity or a target names the work stream (asked of their tables, so the plan knows neither sub-feature). */
    private boolean inUse(long workStreamId) {
        return jdbc.sql("SELECT 1 FROM activity WHERE work_stream_id = :stream LIMIT 1").param("stream", workStreamId)
                .query(Integer.class).optional().isPresent()
                || jdbc.sql("SELECT 1 FROM target WHERE work_stream_id = :stream LIMIT 1").param("stream", workStreamId)
                .query(Integer.class).optional().isPresent();
    }

    private void validate(Program program, List<String> streamNames) {
        if (program.getTitle() == null || program.getTitle().isBlank()) {
            throw new InvalidFieldException("title", "validation.required");
        }
        if (program.getPeriodStart() == null) {
            throw new InvalidFieldException("periodStart", "validation.required");
        }
        if (program.getPeriodEnd() == null) {
            throw new InvalidFieldException("periodEnd", "validation.required");
        }
        DateInput.within(program.getPeriodStart(), "periodStart", clock);
        DateInput.within(program.getPeriodEnd(), "periodEnd", clock);
        if (program.getPeriodEnd().isBefore(program.getPeriodStart())) {
            throw new InvalidFieldException("periodEnd", "validation.endBeforeStart");
        }
        for (var person : List.of(java.util.Map.entry("leadName", blankToEmpty(program.getLeadName())),
                java.util.Map.entry("contactName", blankToEmpty(program.getContactName())))) {
            if (person.getValue().strip().length() > Program.PERSON_MAX) {
                throw new InvalidFieldException(person.getKey(), "program.error.personTooLong");
            }
        }
        if (program.getContactPhone() != null && !program.getContactPhone().isBlank()
                && !com.programdesk.base.domain.PhoneNumbers.isValid(program.getContactPhone())) {
            throw new InvalidFieldException("contactPhone", "validation.phoneFormat");
        }
        Set<String> seen = new HashSet<>();
        for (String name : streamNames) {
            String stripped = name.strip();
            if (stripped.length() > WorkStream.NAME_MAX) {
                throw new InvalidFieldException("workStreams", "program.error.workStreamTooLong");
            }
            if (!stripped.isEmpty() && !seen.add(stripped)) {
                throw new InvalidFieldException("workStreams", "program.error.workStreamDuplicate");
            }
        }
    }

    private static String blankToEmpty(String text) {
        return text == null ? "" : text;
    }

    private void requireVisible(Program program) {
        if (!scope.isVisible(program)) {
            throw new AccessDeniedException("Program " + program.getId() + " lies outside this user's area");
        }
    }

    /** A planner bound to an area plans for its area or one below it; an unbound planner may leave the area open. */
    private void requireAreaInScope(Long areaId) {
        AuthenticatedUser user = currentUser.require();
        if (areaId == null && !user.isAreaBound()) {
            return;
        }
        String path = areaId == null ? null : scope.areaPath(areaId);
        if (areaId != null && path == null) {
            throw new InvalidFieldException("areaId", "area.error.missing");
        }
        if (!user.coversArea(path)) {
            throw new InvalidFieldException("areaId", "area.error.outsideScope");
        }
    }

    /** Users bound to an area see the programs of their area and below (see {@link ProgramScope}). */
    private Criteria scoped(Criteria criteria) {
        String pattern = currentUser.areaPattern();
        if (pattern == null) {
            return criteria;
        }
        List<Long> areas = jdbc.sql("SELECT id FROM area WHERE path LIKE :path").param("path", pattern).query(Long.class).list();
        return criteria.and(Criteria.where("areaId").in(areas.isEmpty() ? List.of(-1L) : areas));
    }

    private static Criteria criteria(String text) {
        if (text == null || text.isBlank()) {
            return Criteria.empty();
        }
        String pattern = LikePatterns.contains(text);
        // a group, so that the area scope added to it limits both alternatives
        return Criteria.empty().and(Criteria.where("title").like(pattern).or("documentNumber").like(pattern));
    }
}
