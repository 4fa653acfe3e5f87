package com.programdesk.supervision.findings.service;

import com.programdesk.attachment.service.AttachmentService;
import com.programdesk.audit.domain.AuditAction;
import com.programdesk.audit.domain.AuditChanges;
import com.programdesk.audit.domain.AuditedEntity;
import com.programdesk.audit.service.AuditService;
import com.programdesk.base.service.DateInput;
import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.base.service.OptimisticLocking;
import com.programdesk.base.service.TextInput;
import com.programdesk.expertise.service.ExpertiseService;
import com.programdesk.security.domain.Role;
import com.programdesk.security.domain.Roles;
import com.programdesk.security.service.CurrentUser;
import com.programdesk.supervision.checklists.domain.ChecklistItem;
import com.programdesk.supervision.findings.domain.Correction;
import com.programdesk.supervision.findings.domain.CorrectionRepository;
import com.programdesk.supervision.findings.domain.CorrectionVerdict;
import com.programdesk.supervision.findings.domain.EvidenceFile;
import com.programdesk.supervision.findings.domain.Finding;
import com.programdesk.supervision.findings.domain.FindingEvent;
import com.programdesk.supervision.findings.domain.FindingFilter;
import com.programdesk.supervision.findings.domain.FindingRepository;
import com.programdesk.supervision.findings.domain.FindingSeverity;
import com.programdesk.supervision.findings.domain.FindingStatus;
import com.programdesk.supervision.findings.domain.FindingSummary;
import com.programdesk.supervision.rounds.domain.ItemResult;
import com.programdesk.supervision.rounds.domain.RoundStatus;
import com.programdesk.supervision.rounds.domain.SupervisionRound;
import com.programdesk.supervision.rounds.domain.Visit;
import com.programdesk.supervision.rounds.domain.VisitResult;
import com.programdesk.supervision.rounds.service.RoundService;
import com.programdesk.supervision.rounds.service.VisitService;
import com.programdesk.workflow.domain.WorkflowTransition;
import com.programdesk.workflow.service.WorkflowHistory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
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
 * Findings and the correction loop (闭环管理). Inspectors and coordinators record findings; only the
 * finding's institution submits corrections; only coordinators verify (never a correction they
 * submitted) or return them; a closed finding is reopened only by a coordinator, with a reason.
 * Users bound to an area read, record and review only the findings of the institutions they reach.
 */
@Service
@Transactional(readOnly = true)
public class FindingService {

    static final String COORDINATORS = "hasRole('" + Roles.COORDINATOR + "')";
    static final String STAFF = "hasAnyRole('" + Roles.INSTITUTION + "','" + Roles.ASSOCIATION + "')";
    public static final String EVIDENCE = "Correction";
    private static final AuditedEntity ENTITY = FindingWorkflow.ENTITY;
    private static final String SUMMARY = """
            SELECT f.id, f.supervision_round_id, r.title AS round_title, f.institution_id, i.name_zh AS institution_name, f.category,
                   f.severity, f.description, f.due_date, f.status, f.return_count
            FROM finding f JOIN supervision_round r ON r.id = f.supervision_round_id JOIN institution i ON i.id = f.institution_id
            """;

    private final FindingRepository findings;
    private final CorrectionRepository corrections;
    private final FindingWorkflow workflow;
    private final WorkflowHistory history;
    private final RoundService rounds;
    private final VisitService visits;
    private final AttachmentService attachments;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ExpertiseService expertise;

    FindingService(FindingRepository findings, CorrectionRepository corrections, FindingWorkflow workflow, WorkflowHistory history,
                   RoundService rounds, VisitService visits, AttachmentService attachments, AuditService audit, CurrentUser currentUser,
                   JdbcClient jdbc, ApplicationEventPublisher events, Clock clock, ExpertiseService expertise) {
        this.expertise = expertise;
        this.findings = findings;
        this.corrections = corrections;
        this.workflow = workflow;
        this.history = history;
        this.rounds = rounds;
        this.visits = visits;
        this.attachments = attachments;
        this.audit = audit;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** A new finding for a visit, filled in from a checklist item and its note when given; nothing is saved. */
    @PreAuthorize(RoundService.VISITORS)
    public Finding draft(Visit visit, Integer itemPosition) {
        Finding draft = new Finding(visit);
        FindingSeverity severity = FindingSeverity.MAJOR;
        if (itemPosition != null) {
            ChecklistItem item = visits.checklistOf(visit).item(itemPosition);
            Optional<VisitResult> result = visit.resultOf(itemPosition);
            draft.setItemPosition(itemPosition);
            draft.setCategory(item.category());
            draft.setDescription(item.text() + result.map(VisitResult::note).map(note -> "：" + note).orElse(""));
            severity = result.map(VisitResult::result).filter(r -> r == ItemResult.PARTLY).map(r -> FindingSeverity.MINOR).orElse(severity);
        }
        draft.setSeverity(severity);
        // the time to correct counts from the visit, not from the day the finding is typed in
        draft.setDueDate(severity.defaultDueDate(visit.getVisitDate() != null ? visit.getVisitDate() : LocalDate.now(clock)));
        return draft;
    }

    /** Records a finding of a visit; in a self-inspection it is the institution's own (自查发现). */
    @PreAuthorize(RoundService.VISITORS)
    @Transactional
    public Finding record(Finding edited) {
        Visit visit = visits.require(edited.getVisitId());
        SupervisionRound round = rounds.load(visit.getSupervisionRoundId());
        rounds.requireRecorder(round);
        if (visit.getSupervisionRoundId() != edited.getSupervisionRoundId() || visit.getInstitutionId() != edited.getInstitutionId()) {
            throw new AccessDeniedException("Finding does not belong to visit " + visit.getId());
        }
        if (round.getStatus() == RoundStatus.CLOSED) {
            throw new InvalidFieldException("category", "visit.error.roundNotOpen");
        }
        validate(edited, visit);
        LocalDateTime now = LocalDateTime.now(clock);
        edited.setSelfFound(round.isSelfInspection());
        edited.setCreatedBy(currentUser.actorName());
        edited.setCreatedAt(now);
        edited.setUpdatedAt(now);
        Finding saved = workflow.start(edited);
        audit.record(AuditAction.CREATE, ENTITY, saved.getId(), AuditChanges.of(saved.auditFields()));
        if (!saved.isSelfFound()) {
            publish(FindingEvent.Kind.RECORDED, saved, 0);
        }
        return saved;
    }

    /** Changes a finding's details (e.g. moves its due date); only before it is closed. */
    @PreAuthorize(RoundService.VISITORS)
    @Transactional
    public Finding update(Finding edited) {
        Finding before = OptimisticLocking.unchanged(findings.findById(edited.getId()), edited, ENTITY + " " + edited.getId());
        currentUser.requireReach(before.getInstitutionId());
        rounds.requireRecorder(rounds.load(before.getSupervisionRoundId()));
        if (!before.isSelfFound() && currentUser.require().role().requiresInstitution()) {
            throw new AccessDeniedException("Once supervised, a finding is changed by the bureau only");
        }
        edited.setSelfFound(before.isSelfFound());
        if (edited.getVisitId() != before.getVisitId() || edited.getInstitutionId() != before.getInstitutionId()) {
            throw new AccessDeniedException("A finding stays with its visit");
        }
        if (before.getStatus() == FindingStatus.CLOSED || edited.getStatus() != before.getStatus()) {
            throw new InvalidFieldException("status", "finding.error.closed");
        }
        validate(edited, visits.require(before.getVisitId()));
        edited.setUpdatedAt(LocalDateTime.now(clock));
        Finding saved = findings.save(edited);
        audit.record(AuditAction.UPDATE, ENTITY, saved.getId(), AuditChanges.between(before.auditFields(), saved.auditFields()));
        return saved;
    }

    @PreAuthorize(RoundService.VISITORS)
    public List<FindingSummary> search(FindingFilter filter, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql(SUMMARY + " WHERE " + where(filter, params) + " ORDER BY f.status = 'CLOSED', f.due_date, f.id LIMIT :limit OFFSET :offset")
                .params(params).query(FindingSummary.class).list();
    }

    @PreAuthorize(RoundService.VISITORS)
    public int count(FindingFilter filter) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("SELECT COUNT(*) FROM finding f WHERE " + where(filter, params)).params(params).query(Integer.class).single();
    }

    /** "整改任务": the findings of the user's institution, open ones first by due date. */
    @PreAuthorize(STAFF)
    public List<FindingSummary> inbox(int offset, int limit) {
        return jdbc.sql(SUMMARY + " WHERE f.institution_id IN (:reach) ORDER BY f.status = 'CLOSED', f.due_date, f.id LIMIT :limit OFFSET :offset")
                .param("reach", currentUser.reachForQuery()).param("limit", limit).param("offset", offset).query(FindingSummary.class).list();
    }

    @PreAuthorize(STAFF)
    public int countInbox() {
        return jdbc.sql("SELECT COUNT(*) FROM finding f WHERE f.institution_id IN (:reach)").param("reach", currentUser.reachForQuery()).query(Integer.class).single();
    }

    /** How many of the institution's findings await a correction, and how many of those are overdue: for the home page. */
    @PreAuthorize(STAFF)
    public int[] openAndOverdue() {
        Map<String, Object> counts = jdbc.sql("""
                SELECT COUNT(*) AS open_findings, COALESCE(SUM(f.due_date < :today), 0) AS overdue FROM finding f
                WHERE f.institution_id IN (:reach) AND f.status = 'OPEN'""")
                .param("reach", currentUser.reachForQuery()).param("today", LocalDate.now(clock)).query().singleRow();
        return new int[] {((Number) counts.get("open_findings")).intValue(), ((Number) counts.get("overdue")).intValue()};
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<Finding> find(long id) {
        Optional<Finding> finding = findings.findById(id);
        finding.ifPresent(f -> {
            if (!reaches(f)) {
                throw new AccessDeniedException("Finding " + id + " is outside this user's reach");
            }
        });
        return finding;
    }

    /** The finding if the user sees it (its institution within reach, or an expert of its round's program); never refuses. */
    @PreAuthorize("isAuthenticated()")
    public Optional<Finding> visible(long id) {
        return findings.findById(id).filter(this::reaches);
    }

    /** The program of the finding's round, whose experts comment on it. */
    @PreAuthorize("isAuthenticated()")
    public Long programOf(Finding finding) {
        return rounds.load(finding.getSupervisionRoundId()).getProgramId();
    }

    /** The finding of a correction, if the user sees it. */
    @PreAuthorize("isAuthenticated()")
    public Optional<Finding> findingOfCorrection(long correctionId) {
        return corrections.findById(correctionId).flatMap(c -> visible(c.getFindingId()));
    }

    private boolean reaches(Finding finding) {
        return currentUser.require().canReach(finding.getInstitutionId()) || expertise.isExpertOf(programOf(finding));
    }

    /** The corrections submitted for a finding, oldest first, with the bureau's verdicts. */
    @PreAuthorize("isAuthenticated()")
    public List<Correction> corrections(long findingId) {
        require(findingId);
        return corrections.findByFindingIdOrderBySubmittedAtAscIdAsc(findingId);
    }

    @PreAuthorize("isAuthenticated()")
    public List<WorkflowTransition> timeline(long findingId) {
        require(findingId);
        return history.of(ENTITY, findingId);
    }

    @PreAuthorize("isAuthenticated()")
    public boolean canSubmit(Finding finding) {
        return finding.getStatus() == FindingStatus.OPEN && isOwnInstitution(finding);
    }

    /** The title of the finding's round, for whoever may see the finding. */
    @PreAuthorize("isAuthenticated()")
    public String roundTitle(Finding finding) {
        require(finding.getId());
        return rounds.load(finding.getSupervisionRoundId()).getTitle();
    }

    /** Inspectors and coordinators change a finding's details until it is closed. */
    @PreAuthorize("isAuthenticated()")
    public boolean canEdit(Finding finding) {
        return finding.getStatus() != FindingStatus.CLOSED
                && (finding.isSelfFound() || !currentUser.require().role().requiresInstitution())
                && currentUser.require().canReach(finding.getInstitutionId())
                && rounds.canRecord(rounds.load(finding.getSupervisionRoundId()));
    }

    /** True for staff of the finding's institution (or its association), who answer it. */
    @PreAuthorize("isAuthenticated()")
    public boolean isOwnInstitution(Finding finding) {
        return currentUser.require().role().requiresInstitution() && currentUser.require().canReach(finding.getInstitutionId());
    }

    @PreAuthorize("isAuthenticated()")
    public boolean mayReview() {
        return currentUser.require().role() == Role.COORDINATOR;
    }

    /**
     * The institution's answer to a finding: measures taken, the day they were completed, evidence
     * files. All or nothing: a refused file stores no correction.
     */
    @PreAuthorize(STAFF)
    @Transactional
    public Correction submitCorrection(Finding finding, String measures, LocalDate completedOn, List<EvidenceFile> evidence) {
        Finding current = OptimisticLocking.unchanged(findings.findById(finding.getId()), finding, ENTITY + " " + finding.getId());
        currentUser.requireReach(current.getInstitutionId());
        if (current.getStatus() != FindingStatus.OPEN) {
            throw new InvalidFieldException("measures", "workflow.error.notAllowed");
        }
        String text = TextInput.required(measures, "measures", Correction.MEASURES_MAX);
        if (completedOn == null) {
            throw new InvalidFieldException("completedOn", "validation.required");
        }
        if (completedOn.isAfter(LocalDate.now(clock))) {
            throw new InvalidFieldException("completedOn", "correction.error.completedInFuture");
        }
        DateInput.within(completedOn, "completedOn", clock);
        Correction saved = corrections.save(new Correction(current.getId(), text, completedOn, currentUser.actorName(),
                LocalDateTime.now(clock)));
        for (EvidenceFile file : evidence) {
            attachments.store(EVIDENCE, saved.getId(), file.fileName(), file.content());
        }
        Finding moved = workflow.move(current, FindingStatus.SUBMITTED, text);
        if (!moved.isSelfFound()) {
            publish(FindingEvent.Kind.CORRECTION_SUBMITTED, moved, saved.getId());
        }
        return saved;
    }

    /** True for staff of the institution of a self-found finding whose correction they recorded: they close it themselves. */
    @PreAuthorize("isAuthenticated()")
    public boolean canCloseOwn(Finding finding) {
        return finding.isSelfFound() && finding.getStatus() == FindingStatus.SUBMITTED && isOwnInstitution(finding);
    }

    /**
     * Closes a self-found finding (自查发现) after its correction: the institution checks its own
     * correction, through the same workflow, recorded with who, when and the note.
     */
    @PreAuthorize(STAFF)
    @Transactional
    public Finding closeOwn(Finding finding, String note) {
        Finding current = OptimisticLocking.unchanged(findings.findById(finding.getId()), finding, ENTITY + " " + finding.getId());
        currentUser.requireReach(current.getInstitutionId());
        if (!current.isSelfFound() || current.getStatus() != FindingStatus.SUBMITTED) {
            throw new InvalidFieldException("note", "finding.error.notSelfFound");
        }
        String cleanNote = TextInput.optional(note, "note", Correction.NOTE_MAX);
        Correction correction = corrections.findFirstByFindingIdOrderBySubmittedAtDescIdDesc(current.getId())
                .filter(Correction::isPending).orElseThrow(() -> new InvalidFieldException("note", "workflow.error.notAllowed"));
        correction.review(CorrectionVerdict.ACCEPTED, currentUser.actorName(), LocalDateTime.now(clock), cleanNote);
        corrections.save(correction);
        return workflow.move(current, FindingStatus.CLOSED, cleanNote);
    }

    /** True for coordinators reaching a self-found finding, which they may turn into a supervised one. */
    @PreAuthorize("isAuthenticated()")
    public boolean canSupervise(Finding finding) {
        return finding.isSelfFound() && mayReview() && currentUser.require().canReach(finding.getInstitutionId());
    }

    /**
     * "转为督导问题": the bureau turns a self-found finding into a supervised one with its due date; from
     * then on the institution submits corrections and the bureau verifies them, as for any finding.
     */
    @PreAuthorize(COORDINATORS)
    @Transactional
    public Finding supervise(Finding finding, LocalDate dueDate, String reason) {
        Finding current = OptimisticLocking.unchanged(findings.findById(finding.getId()), finding, ENTITY + " " + finding.getId());
        currentUser.requireReach(current.getInstitutionId());
        if (!current.isSelfFound()) {
            throw new InvalidFieldException("dueDate", "finding.error.notSelfFound");
        }
        if (dueDate == null) {
            throw new InvalidFieldException("dueDate", "validation.required");
        }
        if (dueDate.isBefore(LocalDate.now(clock))) {
            throw new InvalidFieldException("dueDate", "finding.error.dueInPast");
        }
        DateInput.within(dueDate, "dueDate", clock);
        String why = TextInput.required(reason, "reason", Correction.NOTE_MAX);
        Map<String, Object> before = current.auditFields();
        Finding saved = workflow.supervise(current, dueDate, why);
        audit.record(AuditAction.UPDATE, ENTITY, saved.getId(), AuditChanges.between(before, saved.auditFields()));
        publish(FindingEvent.Kind.RECORDED, saved, clock.millis());
        return saved;
    }

    /**
     * Closes a finding whose correction is accepted. The verifier must have opened at least one
     * evidence file, or say why none is needed.
     */
    @PreAuthorize(COORDINATORS)
    @Transactional
    public Finding verify(Finding finding, String note, boolean noEvidenceNeeded) {
        Finding current = OptimisticLocking.unchanged(findings.findById(finding.getId()), finding, ENTITY + " " + finding.getId());
        currentUser.requireReach(current.getInstitutionId());
        Correction correction = pendingCorrection(current);
        String cleanNote = TextInput.optional(note, "note", Correction.NOTE_MAX);
        if (noEvidenceNeeded) {
            if (cleanNote == null) {
                throw new InvalidFieldException("note", "correction.error.noEvidenceReason");
            }
        } else if (!hasOpenedEvidence(correction.getId())) {
            throw new InvalidFieldException("evidence", "correction.error.evidenceNotOpened");
        }
        correction.review(CorrectionVerdict.ACCEPTED, currentUser.actorName(), LocalDateTime.now(clock), cleanNote);
        corrections.save(correction);
        return workflow.move(current, FindingStatus.CLOSED, cleanNote);
    }

    /** Sends a correction back: the finding is open again and the institution hears why. */
    @PreAuthorize(COORDINATORS)
    @Transactional
    public Finding returnCorrection(Finding finding, String reason) {
        Finding current = OptimisticLocking.unchanged(findings.findById(finding.getId()), finding, ENTITY + " " + finding.getId());
        currentUser.requireReach(current.getInstitutionId());
        Correction correction = pendingCorrection(current);
        String why = TextInput.required(reason, "reason", Correction.NOTE_MAX);
        correction.review(CorrectionVerdict.RETURNED, currentUser.actorName(), LocalDateTime.now(clock), why);
        corrections.save(correction);
        Finding moved = workflow.move(current, FindingStatus.OPEN, why);
        publish(FindingEvent.Kind.RETURNED, moved, correction.getId());
        return moved;
    }

    /** Opens a closed finding again (e.g. the problem came back); audited with the reason. */
    @PreAuthorize(COORDINATORS)
    @Transactional
    public Finding reopen(Finding finding, String reason) {
        Finding current = OptimisticLocking.unchanged(findings.findById(finding.getId()), finding, ENTITY + " " + finding.getId());
        currentUser.requireReach(current.getInstitutionId());
        requireSupervised(current);
        if (current.getStatus() != FindingStatus.CLOSED) {
            throw new InvalidFieldException("reason", "workflow.error.notAllowed");
        }
        String why = TextInput.required(reason, "reason", Correction.NOTE_MAX);
        Finding moved = workflow.move(current, FindingStatus.OPEN, why);
        publish(FindingEvent.Kind.REOPENED, moved, clock.millis());
        return moved;
    }

    /** Whether the logged-in user opened any evidence file of the correction. */
    @PreAuthorize("isAuthenticated()")
    public boolean hasOpenedEvidence(long correctionId) {
        return jdbc.sql("SELECT COUNT(*) FROM evidence_opened WHERE correction_id = ? AND user_id = ?")
                .params(correctionId, currentUser.require().userId()).query(Integer.class).single() > 0;
    }

    /** Findings not closed and due on or before {@code day}, for the reminder job. */
    @PreAuthorize(RoundService.READERS)
    public List<FindingSummary> openDueBy(LocalDate day, int limit) {
        Map<String, Object> params = new HashMap<>(Map.of("day", day, "limit", limit));
        return jdbc.sql(SUMMARY + " WHERE f.status = 'OPEN' AND f.due_date <= :day AND " + reach(params)
                        + " ORDER BY f.due_date, f.id LIMIT :limit")
                .params(params).query(FindingSummary.class).list();
    }

    Correction requireCorrection(long correctionId) {
        Correction correction = corrections.findById(correctionId).orElseThrow(() -> new AccessDeniedException("No correction " + correctionId));
        require(correction.getFindingId());
        return correction;
    }

    @Transactional
    void evidenceOpened(long correctionId) {
        jdbc.sql("INSERT IGNORE INTO evidence_opened (correction_id, user_id, opened_at) VALUES (?, ?, ?)")
                .params(correctionId, currentUser.require().userId(), LocalDateTime.now(clock)).update();
    }

    private Correction pendingCorrection(Finding current) {
        requireSupervised(current);
        if (current.getStatus() != FindingStatus.SUBMITTED) {
            throw new InvalidFieldException("status", "workflow.error.notAllowed");
        }
        Correction correction = corrections.findFirstByFindingIdOrderBySubmittedAtDescIdDesc(current.getId())
                .filter(Correction::isPending).orElseThrow(() -> new InvalidFieldException("status", "workflow.error.notAllowed"));
        if (correction.getSubmittedBy().equals(currentUser.actorName())) {
            throw new InvalidFieldException("status", "correction.error.ownSubmission");
        }
        return correction;
    }

    /** The bureau reviews a self-found finding only once it has turned it into a supervised one. */
    private static void requireSupervised(Finding current) {
        if (current.isSelfFound()) {
            throw new InvalidFieldException("status", "finding.error.selfFoundFirstSupervise");
        }
    }

    private Finding require(long findingId) {
        return find(findingId).orElseThrow(() -> new AccessDeniedException("No finding " + findingId));
    }

    private void validate(Finding finding, Visit visit) {
        finding.setCategory(TextInput.required(finding.getCategory(), "category", Finding.CATEGORY_MAX));
        if (finding.getSeverity() == null) {
            throw new InvalidFieldException("severity", "validation.required");
        }
        finding.setDescription(TextInput.required(finding.getDescription(), "description", Finding.TEXT_MAX));
        finding.setRequiredCorrection(TextInput.required(finding.getRequiredCorrection(), "requiredCorrection", Finding.TEXT_MAX));
        if (finding.getDueDate() == null) {
            throw new InvalidFieldException("dueDate", "validation.required");
        }
        if (finding.getDueDate().isBefore(visit.getVisitDate())) {
            throw new InvalidFieldException("dueDate", "finding.error.dueBeforeVisit");
        }
        DateInput.within(finding.getDueDate(), "dueDate", clock);
        if (finding.getItemPosition() != null
                && (finding.getItemPosition() < 0 || finding.getItemPosition() >= visits.checklistOf(visit).getItems().size())) {
            throw new InvalidFieldException("category", "workflow.error.notAllowed");
        }
    }


    private void publish(FindingEvent.Kind kind, Finding finding, long stepId) {
        events.publishEvent(new FindingEvent(kind, finding.getId(), finding.getCategory() + "：" + abbreviate(finding.getDescription()),
                finding.getInstitutionId(), stepId));
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 79) + "…";
    }

    /** The institutions the user reaches (alias {@code f}): all for unbound users, the area's for users bound to one. */
    private String reach(Map<String, Object> params) {
        List<Long> reach = currentUser.restriction(null);
        if (reach == null) {
            return "1 = 1";
        }
        params.put("reach", reach);
        List<Long> expertOf = expertise.myPrograms();
        if (expertOf.isEmpty()) {
            return "f.institution_id IN (:reach)";
        }
        params.put("expertOf", expertOf);
        return "(f.institution_id IN (:reach) OR f.supervision_round_id IN (SELECT er.id FROM supervision_round er WHERE er.program_id IN (:expertOf)))";
    }

    private String where(FindingFilter filter, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>(List.of(reach(params)));
        if (filter.roundId() != null) {
            conditions.add("f.supervision_round_id = :round");
            params.put("round", filter.roundId());
        }
        if (filter.institutionId() != null) {
            conditions.add("f.institution_id = :institution");
            params.put("institution", filter.institutionId());
        }
        if (filter.severity() != null) {
            conditions.add("f.severity = :severity");
            params.put("severity", filter.severity().name());
        }
        if (filter.status() != null) {
            conditions.add("f.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.overdueOnly()) {
            conditions.add("f.status <> 'CLOSED' AND f.due_date < :today");
            params.put("today", LocalDate.now(clock));
        }
        return String.join(" AND ", conditions);
    }

}
