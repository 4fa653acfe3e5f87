package com.programdesk.supervision.rounds.service;

import com.programdesk.audit.domain.AuditAction;
import com.programdesk.audit.domain.AuditChanges;
import com.programdesk.audit.domain.AuditedEntity;
import com.programdesk.audit.service.AuditService;
import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.base.service.OptimisticLocking;
import com.programdesk.base.service.TextInput;
import com.programdesk.expertise.service.ExpertiseService;
import com.programdesk.program.plan.domain.Program;
import com.programdesk.program.plan.service.ProgramService;
import com.programdesk.security.domain.AuthenticatedUser;
import com.programdesk.security.domain.Role;
import com.programdesk.security.domain.Roles;
import com.programdesk.security.service.AreaScope;
import com.programdesk.security.service.CurrentUser;
import com.programdesk.security.service.WithoutAuthorization;
import com.programdesk.supervision.checklists.domain.ChecklistTemplateRepository;
import com.programdesk.supervision.rounds.domain.RoundKind;
import com.programdesk.supervision.rounds.domain.RoundStatus;
import com.programdesk.supervision.rounds.domain.RoundSummary;
import com.programdesk.supervision.rounds.domain.SupervisionRound;
import com.programdesk.supervision.rounds.domain.SupervisionRoundRepository;
import com.programdesk.supervision.rounds.domain.VisitSummary;
import com.programdesk.user.domain.UserChoice;
import com.programdesk.user.service.UserService;
import com.programdesk.workflow.domain.WorkflowTransition;
import com.programdesk.workflow.service.WorkflowHistory;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supervision rounds (督导). Coordinators plan them; the bureau and viewers read them; the round's
 * inspectors (who may be expert-group members with viewer accounts) record its visits and findings.
 * A round belongs to an area (its program's, else its planner's): users bound to an area see the
 * rounds of their area and below, and those they inspect; within a round, only the institutions
 * they reach. Experts of a program (viewer accounts, see {@link ExpertiseService}) read its rounds
 * whatever their area; institution staff see only their own self-inspections.
 */
@Service
@Transactional(readOnly = true)
public class RoundService {

    static final String PLANNERS = "hasAnyRole('" + Roles.ADMIN + "','" + Roles.COORDINATOR + "')";
    public static final String READERS = "hasAnyRole('" + Roles.ADMIN + "','" + Roles.COORDINATOR + "','" + Roles.VIEWER + "')";
    /** Institution and association staff, who run self-inspections of their own institution. */
    public static final String STAFF = "hasAnyRole('" + Roles.INSTITUTION + "','" + Roles.ASSOCIATION + "')";
    /** The bureau's readers and institution staff: staff see only the self-inspections of their own institution. */
    public static final String VISITORS = "hasAnyRole('" + Roles.ADMIN + "','" + Roles.COORDINATOR + "','" + Roles.VIEWER + "','"
            + Roles.INSTITUTION + "','" + Roles.ASSOCIATION + "')";
    private static final AuditedEntity ENTITY = RoundWorkflow.ENTITY;

    private final SupervisionRoundRepository rounds;
    private final ChecklistTemplateRepository templates;
    private final RoundWorkflow workflow;
    private final WorkflowHistory history;
    private final ProgramService programs;
    private final UserService users;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ExpertiseService expertise;

    RoundService(SupervisionRoundRepository rounds, ChecklistTemplateRepository templates, RoundWorkflow workflow, WorkflowHistory history,
                 ProgramService programs, UserService users, AuditService audit, CurrentUser currentUser, JdbcClient jdbc, Clock clock,
                 ExpertiseService expertise) {
        this.expertise = expertise;
        this.rounds = rounds;
        this.templates = templates;
        this.workflow = workflow;
        this.history = history;
        this.programs = programs;
        this.users = users;
        this.audit = audit;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Rounds, newest first, one page at a time, with their findings counted. */
    @PreAuthorize(READERS)
    public List<RoundSummary> search(int offset, int limit) {
        return search(null, offset, limit);
    }

    /**
     * Rounds of one kind (null: both), newest first: the bureau sees self-inspections beside its
     * supervision rounds; institution staff only their own institution's self-inspections.
     */
    @PreAuthorize(VISITORS)
    public List<RoundSummary> search(RoundKind kind, int offset, int limit) {
        Map<String, Object> params = new HashMap<>(Map.of("limit", limit, "offset", offset));
        return jdbc.sql("""
                SELECT r.id, r.title, p.title AS program_name, r.starts_on, r.ends_on, r.status, r.kind,
                       (SELECT COUNT(*) FROM round_institution ri WHERE ri.supervision_round_id = r.id) AS institutions,
                       (SELECT COUNT(*) FROM finding f WHERE f.supervision_round_id = r.id) AS findings,
                       (SELECT COUNT(*) FROM finding f WHERE f.supervision_round_id = r.id AND f.status = 'CLOSED') AS closed_findings,
                       CASE WHEN r.kind = 'SELF_INSPECTION' THEN (SELECT MIN(i.name_zh) FROM round_institution ri JOIN institution i
                            ON i.id = ri.institution_id WHERE ri.supervision_round_id = r.id) END AS institution_name
                FROM supervision_round r JOIN program p ON p.id = r.program_id
                """ + "WHERE " + scope(params) + kind(kind, params) + " ORDER BY r.starts_on DESC, r.id DESC LIMIT :limit OFFSET :offset")
                .params(params).query(RoundSummary.class).list();
    }

    @PreAuthorize(READERS)
    public int count() {
        return count(null);
    }

    @PreAuthorize(VISITORS)
    public int count(RoundKind kind) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("SELECT COUNT(*) FROM supervision_round r WHERE " + scope(params) + kind(kind, params)).params(params)
                .query(Integer.class).single();
    }

    /**
     * Starts a self-inspection (机构自查) of the user's own institution against a bureau checklist: a
     * round of its own, in the institution's area, that its staff record item by item.
     */
    @PreAuthorize(STAFF)
    @Transactional
    public SupervisionRound startSelfInspection(SupervisionRound edited) {
        AuthenticatedUser user = currentUser.require();
        if (edited.getId() != null || user.institutionId() == null) {
            throw new AccessDeniedException("A self-inspection is started once, by staff of an institution");
        }
        edited.setKind(RoundKind.SELF_INSPECTION);
        edited.setInstitutionIds(java.util.Set.of(user.institutionId()));
        edited.setInspectorIds(java.util.Set.of());
        validate(edited);
        LocalDateTime now = LocalDateTime.now(clock);
        edited.setAreaId(jdbc.sql("SELECT area_id FROM institution WHERE id = ?").param(user.institutionId()).query(Long.class).optional().orElse(null));
        edited.setCreatedBy(currentUser.actorName());
        edited.setCreatedAt(now);
        edited.setUpdatedAt(now);
        SupervisionRound saved = workflow.start(edited);
        audit.record(AuditAction.CREATE, ENTITY, saved.getId(), AuditChanges.of(saved.auditFields()));
        return saved;
    }

    /** The checklists a self-inspection may use: the current version of each bureau checklist. */
    @PreAuthorize(STAFF)
    public List<com.programdesk.supervision.checklists.domain.ChecklistTemplate> selfInspectionChecklists() {
        return templates.findByLatestTrueOrderByName();
    }

    /** The round, if the user sees it: another area's round looks like one that does not exist. */
    @PreAuthorize(VISITORS)
    public Optional<SupervisionRound> find(long id) {
        return rounds.findById(id).filter(this::isVisible);
    }

    /** Rounds for filter pickers: the newest hundred is plenty for a one-year pilot. */
    @PreAuthorize(READERS)
    public List<RoundSummary> recent() {
        return search(0, 100);
    }

    @PreAuthorize(PLANNERS)
    @Transactional
    public SupervisionRound save(SupervisionRound edited) {
        if (edited.isSelfInspection() || edited.getId() != null && rounds.findById(edited.getId()).filter(SupervisionRound::isSelfInspection).isPresent()) {
            throw new InvalidFieldException("title", "round.error.selfInspection");
        }
        Program program = validate(edited);
        LocalDateTime now = LocalDateTime.now(clock);
        if (edited.getId() == null) {
            edited.setAreaId(program.getAreaId() != null ? program.getAreaId() : currentUser.require().areaId());
            edited.setCreatedBy(currentUser.actorName());
            edited.setCreatedAt(now);
            edited.setUpdatedAt(now);
            SupervisionRound saved = workflow.start(edited);
            audit.record(AuditAction.CREATE, ENTITY, saved.getId(), AuditChanges.of(saved.auditFields()));
            return saved;
        }
        SupervisionRound before = OptimisticLocking.unchanged(rounds.findById(edited.getId()), edited, ENTITY + " " + edited.getId());
        requireVisible(before);
        edited.setAreaId(program.getAreaId() != null && !program.getId().equals(before.getProgramId()) ? program.getAreaId() : before.getAreaId());
        if (before.getStatus() == RoundStatus.CLOSED || edited.getStatus() != before.getStatus()) {
            throw new InvalidFieldException("status", "workflow.error.notAllowed");
        }
        if (!edited.institutionIds().containsAll(visitedInstitutions(edited.getId()))) {
            throw new InvalidFieldException("institutions", "round.error.visitedInstitutionRemoved");
        }
        edited.setUpdatedAt(now);
        SupervisionRound saved = rounds.save(edited);
        audit.record(AuditAction.UPDATE, ENTITY, saved.getId(), AuditChanges.between(before.auditFields(), saved.auditFields()));
        return saved;
    }

    /** Moves a round on: start, to reporting, back to visits, close. */
    @PreAuthorize(PLANNERS)
    @Transactional
    public SupervisionRound move(SupervisionRound round, RoundStatus target, String note) {
        SupervisionRound current = OptimisticLocking.unchanged(rounds.findById(round.getId()), round, ENTITY + " " + round.getId());
        requireVisible(current);
        return workflow.move(current, target, note);
    }

    @PreAuthorize(VISITORS)
    public List<WorkflowTransition> history(long roundId) {
        require(roundId);
        return history.of(ENTITY, roundId);
    }

    /** Every institution in the round's scope with its visit (if recorded) and findings so far. */
    @PreAuthorize(VISITORS)
    public List<VisitSummary> visits(long roundId) {
        SupervisionRound round = require(roundId);
        List<Long> reach = expertise.isExpertOf(round.getProgramId()) ? null : currentUser.restriction(null);
        return jdbc.sql("""
                SELECT i.id AS institution_id, i.name_zh AS institution_name, v.id AS visit_id, v.visit_date,
                       (SELECT COUNT(*) FROM visit_result vr WHERE vr.visit_id = v.id AND vr.result <> 'NOT_APPLICABLE') AS items_checked,
                       (SELECT COUNT(*) FROM visit_result vr WHERE vr.visit_id = v.id AND vr.result = 'COMPLIANT') AS compliant,
                       (SELECT COUNT(*) FROM finding f WHERE f.visit_id = v.id) AS findings,
                       (SELECT COUNT(*) FROM finding f WHERE f.visit_id = v.id AND f.status <> 'CLOSED') AS open_findings
                FROM round_institution ri JOIN institution i ON i.id = ri.institution_id
                LEFT JOIN visit v ON v.supervision_round_id = ri.supervision_round_id AND v.institution_id = ri.institution_id
                WHERE ri.supervision_round_id = :round""" + (reach == null ? "" : " AND ri.institution_id IN (:reach)") + """

                ORDER BY i.code, i.id""").param("round", roundId).param("reach", reach == null ? List.of(-1L) : reach)
                .query(VisitSummary.class).list();
    }

    /**
     * True when the logged-in user may record visits and findings of the round: its inspectors,
     * coordinators, administrators; of a self-inspection, only the staff of its institution.
     */
    @PreAuthorize("isAuthenticated()")
    public boolean canRecord(SupervisionRound round) {
        AuthenticatedUser user = currentUser.require();
        if (round.isSelfInspection()) {
            return user.role().requiresInstitution() && !round.institutionIds().isEmpty() && round.institutionIds().stream().allMatch(user::canReach);
        }
        return ((user.role() == Role.ADMIN || user.role() == Role.COORDINATOR) && isVisible(round))
                || round.inspectorIds().contains(user.userId());
    }

    @WithoutAuthorization("internal: a check itself, inside the findings' already authorized change")
    public void requireRecorder(SupervisionRound round) {
        if (!canRecord(round)) {
            throw new AccessDeniedException("Only the inspectors and coordinators record for round " + round.getId());
        }
    }

    /** The round, if the user sees it (see {@link #find}). */
    @WithoutAuthorization("internal: checks itself that the user sees the round, for the report's already authorized read")
    public SupervisionRound require(long roundId) {
        return rounds.findById(roundId).filter(this::isVisible).orElseThrow(() -> new AccessDeniedException("No round " + roundId));
    }

    /**
     * The round whatever the user's area, for what a finding or visit the user reaches says about it
     * (its title, whether it takes visits): a finding of one's institution stays readable in a round
     * of the city above.
     */
    @WithoutAuthorization("internal: the round of a finding or visit the caller has already checked the user reaches")
    public SupervisionRound load(long roundId) {
        return rounds.findById(roundId).orElseThrow(() -> new AccessDeniedException("No round " + roundId));
    }

    /**
     * Unbound users see every round; users bound to an area those of their area and below, and the
     * rounds they inspect; institution staff reach rounds only through their own findings.
     */
    private boolean isVisible(SupervisionRound round) {
        AuthenticatedUser user = currentUser.require();
        if (user.role().requiresInstitution()) {
            return round.isSelfInspection() && round.institutionIds().stream().anyMatch(user::canReach);
        }
        if (!user.isAreaBound() || round.inspectorIds().contains(user.userId()) || expertise.isExpertOf(round.getProgramId())) {
            return true;
        }
        String path = round.getAreaId() == null ? null
                : jdbc.sql("SELECT path FROM area WHERE id = ?").param(round.getAreaId()).query(String.class).optional().orElse(null);
        return user.coversArea(path);
    }

    private void requireVisible(SupervisionRound round) {
        if (!isVisible(round)) {
            throw new AccessDeniedException("Round " + round.getId() + " lies outside this user's area");
        }
    }

    /** The rounds list's condition for the user (alias {@code r}). */
    private String scope(Map<String, Object> params) {
        if (currentUser.require().role().requiresInstitution()) {
            params.put("reach", currentUser.reachForQuery());
            return "r.kind = 'SELF_INSPECTION' AND EXISTS (SELECT 1 FROM round_institution own WHERE own.supervision_round_id = r.id"
                    + " AND own.institution_id IN (:reach))";
        }
        String pattern = currentUser.areaPattern();
        if (pattern == null) {
            return "1 = 1";
        }
        params.put("areaScope", pattern);
        params.put("me", currentUser.require().userId());
        params.put("expertOf", expertise.myProgramsForQuery());
        return "(r.area_id IN " + AreaScope.areas("areaScope")
                + " OR EXISTS (SELECT 1 FROM round_inspector ri2 WHERE ri2.supervision_round_id = r.id AND ri2.user_id = :me)"
                + " OR r.program_id IN (:expertOf))";
    }

    private static String kind(RoundKind kind, Map<String, Object> params) {
        if (kind == null) {
            return "";
        }
        params.put("kind", kind.name());
        return " AND r.kind = :kind";
    }

    SupervisionRound visitRecorded(SupervisionRound round) {
        return workflow.visitRecorded(round);
    }

    private List<Long> visitedInstitutions(long roundId) {
        return jdbc.sql("SELECT institution_id FROM visit WHERE supervision_round_id = ?").param(roundId).query(Long.class).list();
    }

    private Program validate(SupervisionRound round) {
        round.setTitle(TextInput.required(round.getTitle(), "title", SupervisionRound.TITLE_MAX));
        Program program = Optional.ofNullable(round.getProgramId()).flatMap(programs::find)
                .orElseThrow(() -> new InvalidFieldException("programId", "validation.required"));
        if (round.getStartsOn() == null) {
            throw new InvalidFieldException("startsOn", "validation.required");
        }
        if (round.getEndsOn() == null) {
            throw new InvalidFieldException("endsOn", "validation.required");
        }
        if (round.getEndsOn().isBefore(round.getStartsOn())) {
            throw new InvalidFieldException("endsOn", "validation.endBeforeStart");
        }
        if (round.getStartsOn().isBefore(program.getPeriodStart()) || round.getEndsOn().isAfter(program.getPeriodEnd())) {
            throw new InvalidFieldException("endsOn", "round.error.outsideProgram");
        }
        if (round.getChecklistTemplateId() == null || templates.findById(round.getChecklistTemplateId()).isEmpty()) {
            throw new InvalidFieldException("checklistTemplateId", "validation.required");
        }
        if (round.institutionIds().isEmpty()) {
            throw new InvalidFieldException("institutions", "round.error.noInstitutions");
        }
        if (round.isSelfInspection()) {
            return program;
        }
        if (round.inspectorIds().isEmpty()) {
            throw new InvalidFieldException("inspectors", "round.error.noInspectors");
        }
        AuthenticatedUser user = currentUser.require();
        if (!round.institutionIds().stream().allMatch(user::canReach)) {
            throw new InvalidFieldException("institutions", "area.error.institutionOutsideScope");
        }
        if (!users.inspectorCandidates().stream().map(UserChoice::id).toList().containsAll(round.inspectorIds())) {
            throw new InvalidFieldException("inspectors", "round.error.inspectorRole");
        }
        return program;
    }
}
