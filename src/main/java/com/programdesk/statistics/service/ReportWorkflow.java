package com.programdesk.statistics.service;

import com.programdesk.audit.domain.AuditAction;
import com.programdesk.audit.service.AuditService;
import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.security.service.CurrentUser;
import com.programdesk.statistics.domain.ReportStatus;
import com.programdesk.statistics.domain.StatReport;
import com.programdesk.statistics.domain.StatReportRepository;
import com.programdesk.workflow.service.WorkflowHistory;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The one place that moves a report through draft → submitted → approved / returned and records
 * who, when and why. Approving publishes the values to the dashboards; leaving "approved" withdraws them.
 */
@Component
class ReportWorkflow {

    static final String ENTITY = "StatReport";

    private final StatReportRepository reports;
    private final StatFacts facts;
    private final WorkflowHistory history;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    ReportWorkflow(StatReportRepository reports, StatFacts facts, WorkflowHistory history, AuditService audit, CurrentUser currentUser,
                   Clock clock) {
        this.reports = reports;
        this.facts = facts;
        this.history = history;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Stores a new report as a draft, its first step. */
    StatReport create(StatReport report) {
        LocalDateTime now = LocalDateTime.now(clock);
        report.setStatus(ReportStatus.DRAFT);
        report.setCreatedBy(currentUser.actorName());
        report.setCreatedAt(now);
        report.setUpdatedBy(currentUser.actorName());
        report.setUpdatedAt(now);
        StatReport saved = reports.save(report);
        history.record(ENTITY, saved.getId(), null, ReportStatus.DRAFT, null);
        return saved;
    }

    /** Stores many new reports as drafts at once (an import), each with the same first step as {@link #create}. */
    List<StatReport> createAll(List<StatReport> drafts) {
        LocalDateTime now = LocalDateTime.now(clock);
        for (StatReport report : drafts) {
            report.setStatus(ReportStatus.DRAFT);
            report.setCreatedBy(currentUser.actorName());
            report.setCreatedAt(now);
            report.setUpdatedBy(currentUser.actorName());
            report.setUpdatedAt(now);
        }
        List<StatReport> saved = reports.saveAll(drafts);
        history.recordAll(ENTITY, saved.stream().map(StatReport::getId).toList(), null, ReportStatus.DRAFT);
        return saved;
    }

    StatReport move(StatReport current, ReportStatus target, String note) {
        ReportStatus from = current.getStatus();
        if (!from.canMoveTo(target)) {
            throw new InvalidFieldException("status", "workflow.error.notAllowed");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        if (from == ReportStatus.APPROVED) {
            facts.withdraw(current);
            current.setApprovedAt(null);
        }
        current.setStatus(target);
        switch (target) {
            case SUBMITTED -> {
                if (current.getFirstSubmittedAt() == null) {
                    current.setFirstSubmittedAt(now);
                }
                current.setSubmittedAt(now);
                current.setSubmittedBy(currentUser.actorName());
            }
            case RETURNED -> current.setReturnCount(current.getReturnCount() + 1);
            case APPROVED -> current.setApprovedAt(now);
            case DRAFT -> { }
        }
        current.setUpdatedBy(currentUser.actorName());
        current.setUpdatedAt(now);
        StatReport saved = reports.save(current);
        if (target == ReportStatus.APPROVED) {
            facts.publish(saved);
        }
        history.record(ENTITY, saved.getId(), from, target, note);
        audit.record(AuditAction.STATUS_CHANGE, ENTITY, saved.getId(), "status: " + from + " → " + target
                + (note == null || note.isBlank() ? "" : ", note: " + note.strip()));
        return saved;
    }
}
