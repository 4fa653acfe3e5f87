package com.programdesk.supervision.rounds.service;

import com.programdesk.audit.domain.AuditAction;
import com.programdesk.audit.domain.AuditedEntity;
import com.programdesk.audit.service.AuditService;
import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.base.service.OptimisticLocking;
import com.programdesk.security.service.CurrentUser;
import com.programdesk.security.service.WithoutAuthorization;
import com.programdesk.supervision.checklists.domain.ChecklistItem;
import com.programdesk.supervision.checklists.domain.ChecklistTemplate;
import com.programdesk.supervision.checklists.domain.ChecklistTemplateRepository;
import com.programdesk.supervision.rounds.domain.SupervisionRound;
import com.programdesk.supervision.rounds.domain.Visit;
import com.programdesk.supervision.rounds.domain.VisitRepository;
import com.programdesk.supervision.rounds.domain.VisitResult;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visits of a round: one per institution in scope, recorded by the round's inspectors against the
 * checklist version the visit was started with. Users bound to an area reach the visits of the
 * institutions of their area. A self-inspection (机构自查) has one visit, its institution's own,
 * recorded by that institution's staff.
 */
@Service
@Transactional(readOnly = true)
public class VisitService {

    /** Owner type of the photos attached to a visit. */
    public static final String PHOTOS = "Visit";
    private static final AuditedEntity ENTITY = AuditedEntity.VISIT;

    private final VisitRepository visits;
    private final ChecklistTemplateRepository templates;
    private final RoundService rounds;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    VisitService(VisitRepository visits, ChecklistTemplateRepository templates, RoundService rounds, AuditService audit,
                 CurrentUser currentUser, Clock clock) {
        this.visits = visits;
        this.templates = templates;
        this.rounds = rounds;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The visit of an institution in a round: the recorded one, or a new one with the round's
     * current checklist, dated today (or the round's first day) and the logged-in inspector.
     */
    @PreAuthorize(RoundService.VISITORS)
    public Visit visitOf(long roundId, long institutionId) {
        currentUser.requireReach(institutionId);
        staffSeeOnlySelfInspections(roundId);
        Optional<Visit> recorded = visits.findBySupervisionRoundIdAndInstitutionId(roundId, institutionId);
        if (recorded.isPresent()) {
            return recorded.get();
        }
        SupervisionRound round = rounds.require(roundId);
        rounds.requireRecorder(round);
        if (!round.institutionIds().contains(institutionId)) {
            throw new AccessDeniedException("Institution " + institutionId + " is not visited in round " + roundId);
        }
        LocalDate today = LocalDate.now(clock);
        Visit visit = new Visit(roundId, institutionId, round.getChecklistTemplateId(), round.covers(today) ? today : round.getStartsOn());
        visit.setInspectorIds(Set.of(currentUser.require().userId()));
        return visit;
    }

    @PreAuthorize(RoundService.VISITORS)
    public Optional<Visit> find(long visitId) {
        Optional<Visit> visit = visits.findById(visitId);
        visit.ifPresent(found -> {
            currentUser.requireReach(found.getInstitutionId());
            staffSeeOnlySelfInspections(found.getSupervisionRoundId());
        });
        return visit;
    }

    /** Institution staff reach visits only of their own self-inspections; the bureau's visits they know through findings. */
    private void staffSeeOnlySelfInspections(long roundId) {
        if (currentUser.require().role().requiresInstitution()) {
            rounds.require(roundId);
        }
    }

    @PreAuthorize(RoundService.VISITORS)
    public ChecklistTemplate checklistOf(Visit visit) {
        return templates.findById(visit.getChecklistTemplateId()).orElseThrow();
    }

    @PreAuthorize(RoundService.VISITORS)
    public boolean canRecord(Visit visit) {
        SupervisionRound round = rounds.load(visit.getSupervisionRoundId());
        return round.getStatus().acceptsVisits() && rounds.canRecord(round) && currentUser.require().canReach(visit.getInstitutionId());
    }

    /** Saves the visit's date, inspectors, results and summary; the first saved visit starts a planned round. */
    @PreAuthorize(RoundService.VISITORS)
    @Transactional
    public Visit save(Visit edited) {
        SupervisionRound round = rounds.require(edited.getSupervisionRoundId());
        rounds.requireRecorder(round);
        currentUser.requireReach(edited.getInstitutionId());
        if (!round.getStatus().acceptsVisits()) {
            throw new InvalidFieldException("visitDate", "visit.error.roundNotOpen");
        }
        if (!round.institutionIds().contains(edited.getInstitutionId())) {
            throw new AccessDeniedException("Institution " + edited.getInstitutionId() + " is not visited in round " + round.getId());
        }
        validate(edited, round);
        String before = null;
        if (edited.getId() != null) {
            Visit stored = OptimisticLocking.unchanged(visits.findById(edited.getId()), edited, ENTITY + " " + edited.getId());
            if (stored.getChecklistTemplateId() != edited.getChecklistTemplateId()) {
                throw new InvalidFieldException("visitDate", "workflow.error.notAllowed");
            }
            before = stored.getResults().size() + " results";
        }
        edited.setRecordedBy(currentUser.actorName());
        edited.setUpdatedAt(LocalDateTime.now(clock));
        Visit saved = visits.save(edited);
        audit.record(before == null ? AuditAction.CREATE : AuditAction.UPDATE, ENTITY, saved.getId(),
                "date: " + saved.getVisitDate() + ", results: " + saved.getResults().size());
        rounds.visitRecorded(round);
        return saved;
    }

    /** The visit, if the user reaches its institution. */
    @WithoutAuthorization("internal: checks itself that the user reaches the visit, for the findings' already authorized change")
    public Visit require(long visitId) {
        return find(visitId).orElseThrow(() -> new AccessDeniedException("No visit " + visitId));
    }

    private void validate(Visit visit, SupervisionRound round) {
        if (visit.getVisitDate() == null) {
            throw new InvalidFieldException("visitDate", "validation.required");
        }
        if (visit.getVisitDate().isAfter(LocalDate.now(clock))) {
            throw new InvalidFieldException("visitDate", "visit.error.future");
        }
        if (!round.covers(visit.getVisitDate())) {
            throw new InvalidFieldException("visitDate", "visit.error.outsideRound");
        }
        if (visit.inspectorIds().isEmpty()) {
            throw new InvalidFieldException("inspectors", "round.error.noInspectors");
        }
        if (visit.getSummary() != null && visit.getSummary().strip().length() > Visit.SUMMARY_MAX) {
            throw new InvalidFieldException("summary", "validation.maxLength");
        }
        ChecklistTemplate checklist = templates.findById(visit.getChecklistTemplateId()).orElseThrow();
        for (VisitResult result : visit.getResults()) {
            if (result.itemPosition() < 0 || result.itemPosition() >= checklist.getItems().size()) {
                throw new InvalidFieldException("results", "workflow.error.notAllowed");
            }
            ChecklistItem item = checklist.item(result.itemPosition());
            if (result.note() != null && result.note().length() > VisitResult.NOTE_MAX) {
                throw new InvalidFieldException("note." + result.itemPosition(), "validation.maxLength");
            }
            if (result.score() != null && (item.maxScore() == null || result.score() < 0 || result.score() > item.maxScore())) {
                throw new InvalidFieldException("score." + result.itemPosition(), "visit.error.score");
            }
        }
    }
}
