package com.programdesk.program.service;

import com.programdesk.audit.domain.AuditAction;
import com.programdesk.audit.service.AuditService;
import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.program.domain.Program;
import com.programdesk.program.domain.ProgramRepository;
import com.programdesk.program.domain.ProgramStatus;
import com.programdesk.workflow.service.WorkflowHistory;
import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.stereotype.Component;

/** The one place that moves a program between draft, active and closed, and records each step. */
@Component
class ProgramWorkflow {

    static final String ENTITY = "Program";

    private final ProgramRepository programs;
    private final WorkflowHistory history;
    private final AuditService audit;
    private final Clock clock;

    ProgramWorkflow(ProgramRepository programs, WorkflowHistory history, AuditService audit, Clock clock) {
        this.programs = programs;
        this.history = history;
        this.audit = audit;
        this.clock = clock;
    }

    void started(Program saved) {
        history.record(ENTITY, saved.getId(), null, saved.getStatus(), null);
    }

    Program move(Program current, ProgramStatus target, String note) {
        ProgramStatus from = current.getStatus();
        if (!from.canMoveTo(target)) {
            throw new InvalidFieldException("status", "workflow.error.notAllowed");
        }
        current.setStatus(target);
        current.setUpdatedAt(LocalDateTime.now(clock));
        Program saved = programs.save(current);
        history.record(ENTITY, saved.getId(), from, target, note);
        audit.record(AuditAction.STATUS_CHANGE, ENTITY, saved.getId(), "status: " + from + " → " + target);
        return saved;
    }
}
