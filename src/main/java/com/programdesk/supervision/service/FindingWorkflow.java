package com.programdesk.supervision.service;

import com.programdesk.audit.domain.AuditAction;
import com.programdesk.audit.service.AuditService;
import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.supervision.domain.Finding;
import com.programdesk.supervision.domain.FindingRepository;
import com.programdesk.supervision.domain.FindingStatus;
import com.programdesk.workflow.service.WorkflowHistory;
import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.stereotype.Component;

/** The one place that moves a finding through the correction loop and records who, when and why. */
@Component
class FindingWorkflow {

    static final String ENTITY = "Finding";

    private final FindingRepository findings;
    private final WorkflowHistory history;
    private final AuditService audit;
    private final Clock clock;

    FindingWorkflow(FindingRepository findings, WorkflowHistory history, AuditService audit, Clock clock) {
        this.findings = findings;
        this.history = history;
        this.audit = audit;
        this.clock = clock;
    }

    /** Stores a new finding as open, its first step. */
    Finding record(Finding recorded) {
        recorded.setStatus(FindingStatus.OPEN);
        recorded.setReturnCount(0);
        Finding saved = findings.save(recorded);
        history.record(ENTITY, saved.getId(), null, saved.getStatus(), null);
        return saved;
    }

    Finding move(Finding current, FindingStatus target, String note) {
        FindingStatus from = current.getStatus();
        if (!from.canMoveTo(target)) {
            throw new InvalidFieldException("status", "workflow.error.notAllowed");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        current.setStatus(target);
        current.setClosedAt(target == FindingStatus.CLOSED ? now : null);
        if (from == FindingStatus.SUBMITTED && target == FindingStatus.OPEN) {
            current.setReturnCount(current.getReturnCount() + 1);
        }
        current.setUpdatedAt(now);
        Finding saved = findings.save(current);
        history.record(ENTITY, saved.getId(), from, target, note);
        audit.record(AuditAction.STATUS_CHANGE, ENTITY, saved.getId(), "status: " + from + " → " + target
                + (note == null || note.isBlank() ? "" : ", note: " + note.strip()));
        return saved;
    }
}
