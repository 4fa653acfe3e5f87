package com.programdesk.program.plan.service;

import com.programdesk.audit.domain.AuditedEntity;
import com.programdesk.program.plan.domain.Program;
import com.programdesk.program.plan.domain.ProgramRepository;
import com.programdesk.program.plan.domain.ProgramStatus;
import com.programdesk.workflow.service.WorkflowSteps;
import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.stereotype.Component;

/** The one place that moves a program between draft, active and closed, and records each step. */
@Component
class ProgramWorkflow {

    static final AuditedEntity ENTITY = AuditedEntity.PROGRAM;

    private final ProgramRepository programs;
    private final WorkflowSteps steps;
    private final Clock clock;

    ProgramWorkflow(ProgramRepository programs, WorkflowSteps steps, Clock clock) {
        this.programs = programs;
        this.steps = steps;
        this.clock = clock;
    }

    /** Records the first state of a new row, its start. */
    void start(Program saved) {
        steps.started(ENTITY, saved.getId(), saved.getStatus());
    }

    Program move(Program current, ProgramStatus target, String note) {
        ProgramStatus from = WorkflowSteps.check(current.getStatus(), target);
        current.setStatus(target);
        current.setUpdatedAt(LocalDateTime.now(clock));
        Program saved = programs.save(current);
        steps.moved(ENTITY, saved.getId(), from, target, note);
        return saved;
    }
}
