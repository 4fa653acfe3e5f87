package com.programdesk.program.targets.service;

import com.programdesk.program.plan.service.ProgramScope;
import com.programdesk.program.plan.service.KnownPrograms;
import com.programdesk.program.plan.service.ProgramService;

import com.programdesk.audit.domain.AuditAction;
import com.programdesk.audit.domain.AuditChanges;
import com.programdesk.audit.domain.AuditedEntity;
import com.programdesk.audit.service.AuditService;
import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.program.plan.domain.Program;
import com.programdesk.program.targets.domain.ReportedFigures;
import com.programdesk.program.targets.domain.ReportedIndicator;
import com.programdesk.program.targets.domain.ReportedIndicators;
import com.programdesk.program.targets.domain.Target;
import com.programdesk.program.plan.domain.TargetActualsChanged;
import com.programdesk.program.targets.domain.TargetMeasure;
import com.programdesk.program.targets.domain.TargetProgress;
import com.programdesk.program.targets.domain.TargetRepository;
import com.programdesk.program.plan.domain.WorkStreamRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Targets of a program and how far each has come; the numbers are computed, never typed. */
@Service
@Transactional(readOnly = true)
public class TargetService {

    private static final AuditedEntity ENTITY = AuditedEntity.TARGET;

    private final TargetRepository targets;
    private final KnownPrograms programs;
    private final WorkStreamRepository workStreams;
    private final TargetProgressCalculator calculator;
    private final TargetProgressCache progressCache;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<ReportedIndicators> reportedIndicators;
    private final AuditService audit;
    private final ProgramScope scope;
    private final Clock clock;

    TargetService(TargetRepository targets, KnownPrograms programs, WorkStreamRepository workStreams,
                  TargetProgressCalculator calculator, TargetProgressCache progressCache, ObjectProvider<ReportedIndicators> reportedIndicators,
                  AuditService audit, ApplicationEventPublisher events, ProgramScope scope, Clock clock) {
        this.progressCache = progressCache;
        this.events = events;
        this.scope = scope;
        this.targets = targets;
        this.programs = programs;
        this.workStreams = workStreams;
        this.calculator = calculator;
        this.reportedIndicators = reportedIndicators;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    public List<Target> targets(long programId) {
        return visibleProgram(programId).isEmpty() ? List.of() : targets.findByProgramIdOrderByPositionAscIdAsc(programId);
    }

    /** The indicators from the statistical reports a target can be set on (none when no catalog is installed). */
    @PreAuthorize("isAuthenticated()")
    public List<ReportedIndicator> reportedIndicators() {
        ReportedIndicators source = reportedIndicators.getIfAvailable();
        return source == null ? List.of() : source.all();
    }

    /** Every target of the program with its actual value, expected value by today and status. */
    @PreAuthorize("isAuthenticated()")
    public List<TargetProgress> progress(long programId) {
        return visibleProgram(programId).map(this::progressOf).orElse(List.of());
    }

    /**
     * The same for a program the caller has just read (the home page's running programs): the program is not read again,
     * so the page costs no query per program once the progress is known.
     */
    @PreAuthorize("isAuthenticated()")
    public List<TargetProgress> progress(Program program) {
        return scope.isVisible(program) ? progressOf(program) : List.of();
    }

    /**
     * Every target of the program as it stood at the end of {@code day} (the end of an evaluation report's period): what
     * was done by then, against what was due by then. Not cached: a report asks for it once.
     */
    @PreAuthorize("isAuthenticated()")
    public List<TargetProgress> progressAsOf(Program program, LocalDate day) {
        if (!scope.isVisible(program)) {
            return List.of();
        }
        return targets.findByProgramIdOrderByPositionAscIdAsc(program.getId()).stream()
                .map(target -> calculator.progressAsOf(program, target, day)).toList();
    }

    /** Of these programs, those the caller sees with a target on a reported indicator: one query for the whole list. */
    @PreAuthorize("isAuthenticated()")
    public Set<Long> withReportedTargets(List<Program> candidates) {
        List<Long> ids = candidates.stream().filter(scope::isVisible).map(Program::getId).toList();
        return ids.isEmpty() ? Set.of() : Set.copyOf(targets.programIdsWithMeasure(TargetMeasure.REPORTED_INDICATOR.name(), ids));
    }

    private List<TargetProgress> progressOf(Program program) {
        LocalDate today = LocalDate.now(clock);
        return progressCache.progress(program.getId(), today, calculator.withholdsFromCurrentReader(),
                () -> targets.findByProgramIdOrderByPositionAscIdAsc(program.getId()), target -> calculator.progress(program, target, today));
    }

    @PreAuthorize(ProgramService.PLANNERS)
    @Transactional
    public Target save(Target edited) {
        Program program = visibleProgram(edited.getProgramId()).orElseThrow(() -> new InvalidFieldException("name", "program.error.missing"));
        validate(edited, program);
        Optional<Target> before = edited.isNew() ? Optional.empty() : targets.findById(edited.getId());
        if (!edited.isNew() && before.isEmpty()) {
            throw new OptimisticLockingFailureException("Target " + edited.getId() + " no longer exists");
        }
        if (before.isPresent() && before.get().getProgramId() != program.getId()) {
            throw new InvalidFieldException("name", "workflow.error.notAllowed");
        }
        if (edited.isNew()) {
            edited.setPosition(targets(program.getId()).size());
        }
        Target saved = targets.save(edited);
        audit.record(before.isEmpty() ? AuditAction.CREATE : AuditAction.UPDATE, ENTITY, saved.getId(),
                before.map(b -> AuditChanges.between(b.auditFields(), saved.auditFields())).orElse(AuditChanges.of(saved.auditFields())));
        events.publishEvent(TargetActualsChanged.ofSaved(before.map(Target::getProgramId).orElse(null), saved.getProgramId(), null));
        return saved;
    }

    @PreAuthorize(ProgramService.PLANNERS)
    @Transactional
    public void delete(Target target) {
        Target current = com.programdesk.base.service.OptimisticLocking.unchanged(targets.findById(target.getId()), target,
                ENTITY + " " + target.getId());
        if (visibleProgram(current.getProgramId()).isEmpty()) {
            throw new AccessDeniedException("Target " + current.getId() + " lies outside this user's area");
        }
        targets.delete(current);
        audit.record(AuditAction.DELETE, ENTITY, current.getId(), AuditChanges.of(current.auditFields()));
        events.publishEvent(TargetActualsChanged.ofProgram(current.getProgramId()));
    }

    /**
     * The program's targets on reported indicators over [from, to] (an evaluation report's period): each value over the period,
     * over the same days a year earlier and month by month (this year's and last year's), as the target's own figures are read (its institutions, approved
     * reports, small counts withheld from readers who may not see them). A few queries on the stored facts per target and month.
     */
    @PreAuthorize("isAuthenticated()")
    public List<ReportedFigures> reportedFigures(long programId, LocalDate from, LocalDate to) {
        if (visibleProgram(programId).isEmpty()) {
            return List.of();
        }
        List<YearMonth> months = new java.util.ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            months.add(month);
        }
        return targets.findByProgramIdOrderByPositionAscIdAsc(programId).stream()
                .filter(target -> target.getMeasure() == TargetMeasure.REPORTED_INDICATOR && target.getIndicatorId() != null)
                .map(target -> {
                    List<java.math.BigDecimal> monthly = new java.util.ArrayList<>();
                    List<java.math.BigDecimal> monthlyLastYear = new java.util.ArrayList<>();
                    for (YearMonth month : months) {
                        LocalDate start = month.atDay(1).isBefore(from) ? from : month.atDay(1);
                        LocalDate end = month.atEndOfMonth().isAfter(to) ? to : month.atEndOfMonth();
                        monthly.add(calculator.figure(target, start, end).orElse(null));
                        monthlyLastYear.add(calculator.figure(target, start.minusYears(1), end.minusYears(1)).orElse(null));
                    }
                    return new ReportedFigures(target, calculator.figure(target, from, to).orElse(null),
                            calculator.figure(target, from.minusYears(1), to.minusYears(1)).orElse(null), List.copyOf(months),
                            java.util.Collections.unmodifiableList(monthly), java.util.Collections.unmodifiableList(monthlyLastYear));
                }).toList();
    }

    private Optional<Program> visibleProgram(long programId) {
        return programs.byId(programId).filter(scope::isVisible);
    }

    private void validate(Target target, Program program) {
        if (target.getName() == null || target.getName().isBlank()) {
            throw new InvalidFieldException("name", "validation.required");
        }
        if (target.getUnit() == null || target.getUnit().isBlank()) {
            throw new InvalidFieldException("unit", "validation.required");
        }
        if (target.getMeasure() == null) {
            throw new InvalidFieldException("measure", "validation.required");
        }
        if (target.getDirection() == null) {
            throw new InvalidFieldException("direction", "validation.required");
        }
        boolean reported = target.getMeasure() == TargetMeasure.REPORTED_INDICATOR;
        if (!reported) {
            target.setIndicatorId(null);
        } else if (target.getIndicatorId() == null) {
            throw new InvalidFieldException("indicatorId", "validation.required");
        }
        if (target.getDirection().isTrend()) {
            // rising and falling compare with last year, which only reported figures keep
            if (!reported) {
                throw new InvalidFieldException("direction", "target.error.trendNeedsReports");
            }
            target.setTargetValue(null);
        } else {
            validateValue(target);
        }
        if (target.getWorkStreamId() != null && workStreams.findById(target.getWorkStreamId())
                .filter(stream -> stream.getProgramId() == program.getId()).isEmpty()) {
            throw new InvalidFieldException("workStreamId", "activity.error.workStreamOfOtherProgram");
        }
        validatePeriod(target, program);
    }

    private static void validateValue(Target target) {
        if (target.getTargetValue() == null) {
            throw new InvalidFieldException("targetValue", "validation.required");
        }
        if (target.getTargetValue().signum() < 0 || target.getTargetValue().compareTo(Target.VALUE_MAX) > 0) {
            throw new InvalidFieldException("targetValue", "target.error.valueRange");
        }
        if (target.getTargetValue().stripTrailingZeros().scale() > Target.VALUE_SCALE) {
            throw new InvalidFieldException("targetValue", "target.error.decimals");
        }
        if (target.getMeasure().countsEvents() && target.getTargetValue().stripTrailingZeros().scale() > 0) {
            throw new InvalidFieldException("targetValue", "target.error.wholeNumber");
        }
    }

    private static void validatePeriod(Target target, Program program) {
        LocalDate start = target.startWithin(program);
        LocalDate end = target.endWithin(program);
        if (end.isBefore(start)) {
            throw new InvalidFieldException("periodEnd", "validation.endBeforeStart");
        }
        if (!program.covers(start)) {
            throw new InvalidFieldException("periodStart", "target.error.outsideProgram");
        }
        if (!program.covers(end)) {
            throw new InvalidFieldException("periodEnd", "target.error.outsideProgram");
        }
    }

}
