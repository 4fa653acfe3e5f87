package com.programdesk.supervision.findings.service;

import com.programdesk.audit.domain.AuditedEntity;
import com.programdesk.supervision.findings.domain.Finding;
import com.programdesk.supervision.findings.domain.FindingRepository;
import com.programdesk.supervision.findings.domain.FindingStatus;
import com.programdesk.workflow.service.WorkflowSteps;
import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.stereotype.Component;

/** The one place that moves a finding through the correction loop and records who, when and why. */
@Component
class FindingWorkflow {

    static final AuditedEntity ENTITY = AuditedEntity.FINDING;

    private final FindingRepository findings;
    private final WorkflowSteps steps;
    private final Clock clock;

    FindingWorkflow(FindingRepository findings, WorkflowSteps steps, Clock clock) {
        this.findings = findings;
        this.steps = steps;
        this.clock = clock;
    }

    /** Stores a new finding as open, its first step. */
    Finding start(Finding recorded) {
        recorded.setStatus(FindingStatus.OPEN);
        recorded.setReturnCount(0);
        Finding saved = findings.save(recorded);
        steps.started(ENTITY, saved.getId(), saved.getStatus());
        return saved;
    }

    /**
     * A self-found finding becomes a supervised one with the bureau's due date: a closed one opens
     * again (the bureau does not accept the institution's own closing); any other keeps its state. Either
     * way the timeline shows who turned it, when, and why.
     */
    Finding supervise(Finding current, java.time.LocalDate dueDate, String note) {
        FindingStatus from = current.getStatus();
        FindingStatus target = from == FindingStatus.CLOSED ? WorkflowSteps.check(from, FindingStatus.OPEN) : from;
        current.setSelfFound(false);
        current.setDueDate(dueDate);
        current.setStatus(target);
        current.setClosedAt(null);
        current.setUpdatedAt(LocalDateTime.now(clock));
        Finding saved = findings.save(current);
        steps.moved(ENTITY, saved.getId(), from, target, note);
        return saved;
    }

    Finding move(Finding current, FindingStatus target, String note) {
        FindingStatus from = WorkflowSteps.check(current.getStatus(), target);
        LocalDateTime now = LocalDateTime.now(clock);
        current.setStatus(target);
        current.setClosedAt(target == FindingStatus.CLOSED ? now : null);
        if (from == FindingStatus.SUBMITTED && target == FindingStatus.OPEN) {
            current.setReturnCount(current.getReturnCount() + 1);
        }
        current.setUpdatedAt(now);
        Finding saved = findings.save(current);
        steps.moved(ENTITY, saved.getId(), from, target, note);
        return saved;
    }
}
