package com.programdesk.evaluation.service;

import com.programdesk.audit.domain.AuditAction;
import com.programdesk.audit.domain.AuditedEntity;
import com.programdesk.audit.service.AuditService;
import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.evaluation.domain.EvaluationReport;
import com.programdesk.evaluation.domain.EvaluationStatus;
import com.programdesk.evaluation.domain.ProgramEvaluation;
import com.programdesk.program.plan.domain.Program;
import com.programdesk.program.plan.service.ProgramService;
import com.programdesk.security.service.CurrentUser;
import com.vaadin.flow.i18n.I18NProvider;
import jakarta.annotation.PreDestroy;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A program's evaluation reports (过程性评价, 效果评估): the bureau (administrators and coordinators) asks for one over a period
 * within the program's; it is generated in the background — the figures as the requester sees them, the charts, the PDF and the
 * Word document — and stored with the program. The row keeps the progress (steps done of the total) so that every node and a
 * reloaded page see it; a failure is kept with its cause, and the report can be asked for again. Whoever reads the program
 * reads its stored reports and downloads them.
 */
@Service
@Transactional(readOnly = true)
public class EvaluationService {

    /** Collecting the sections, drawing the charts, writing the PDF, writing the Word document. */
    static final int STEPS = EvaluationCollector.SECTIONS + 3;
    private static final Logger log = LoggerFactory.getLogger(EvaluationService.class);
    private static final int ERROR_MAX = 500;
    /** A report still queued or running after this long was lost with its node (a restart): it is shown as failed. */
    static final java.time.Duration STALE_AFTER = java.time.Duration.ofMinutes(30);
    static final String INTERRUPTED = "interrupted (the node generating it stopped)";
    private static final String COLUMNS = """
            SELECT id, program_id, period_from, period_to, status, steps_done, steps_total, error,
                   COALESCE((SELECT u.display_name FROM app_user u WHERE u.username = e.created_by), e.created_by) AS created_by,
                   created_at, finished_at, pdf IS NOT NULL AS has_pdf, docx IS NOT NULL AS has_docx
            FROM program_evaluation e""";

    private final ProgramService programs;
    private final EvaluationCollector collector;
    private final EvaluationCharts charts;
    private final EvaluationDocuments documents;
    private final I18NProvider i18n;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ExecutorService executor;

    EvaluationService(ProgramService programs, EvaluationCollector collector, EvaluationCharts charts, EvaluationDocuments documents,
                      I18NProvider i18n, AuditService audit, CurrentUser currentUser, JdbcClient jdbc, Clock clock,
                      @Value("${programdesk.evaluation.threads:1}") int threads) {
        this.programs = programs;
        this.collector = collector;
        this.charts = charts;
        this.documents = documents;
        this.i18n = i18n;
        this.audit = audit;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.clock = clock;
        this.executor = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("evaluation-", 1).daemon().factory());
    }

    /** The program's stored reports, newest first (without their files); none for a program the user does not see. */
    @PreAuthorize("isAuthenticated()")
    public List<ProgramEvaluation> evaluations(long programId) {
        if (programs.find(programId).isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COLUMNS + " WHERE program_id = :program ORDER BY created_at DESC, id DESC")
                .param("program", programId).query(this::evaluation).list();
    }

    /** One stored report, if the user sees its program. */
    @PreAuthorize("isAuthenticated()")
    public Optional<ProgramEvaluation> find(long evaluationId) {
        return jdbc.sql(COLUMNS + " WHERE id = :id").param("id", evaluationId).query(this::evaluation).optional()
                .filter(evaluation -> programs.find(evaluation.programId()).isPresent());
    }

    /** The data that figures the report, as the user sees it: what the documents are written from. */
    @PreAuthorize(ProgramService.PLANNERS)
    public EvaluationReport collect(long programId, LocalDate from, LocalDate to) {
        Program program = checkedPeriod(programId, from, to);
        return collector.collect(program, from, to, () -> { });
    }

    /**
     * Asks for a report over [from, to] (within the program's period): stored as queued and generated in the background, after
     * this transaction commits, in the language given.
     */
    @PreAuthorize(ProgramService.PLANNERS)
    @Transactional
    public ProgramEvaluation request(long programId, @Nullable LocalDate from, @Nullable LocalDate to, Locale locale) {
        long id = queue(programId, from, to);
        SecurityContext context = SecurityContextHolder.getContext();
        Runnable start = () -> executor.execute(() -> runAs(context, id, locale));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    start.run();
                }
            });
        } else {
            start.run();
        }
        return find(id).orElseThrow();
    }

    /** The same, generated on the caller's thread before it returns (the demo data's pilot-year report). */
    @PreAuthorize(ProgramService.PLANNERS)
    @Transactional
    public ProgramEvaluation generateNow(long programId, LocalDate from, LocalDate to, Locale locale) {
        long id = queue(programId, from, to);
        generate(id, locale);
        return find(id).orElseThrow();
    }

    /** The stored PDF (the download is audited). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public byte[] pdf(long evaluationId) {
        return file(evaluationId, "pdf");
    }

    /** The stored Word document (the download is audited). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public byte[] docx(long evaluationId) {
        return file(evaluationId, "docx");
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    private byte[] file(long evaluationId, String column) {
        ProgramEvaluation evaluation = find(evaluationId).orElseThrow(() -> new AccessDeniedException("No evaluation " + evaluationId));
        if (evaluation.status() != EvaluationStatus.DONE) {
            throw new AccessDeniedException("Evaluation " + evaluationId + " is not done");
        }
        byte[] content = jdbc.sql("SELECT " + column + " FROM program_evaluation WHERE id = :id").param("id", evaluationId)
                .query((rs, row) -> rs.getBytes(1)).single();
        audit.record(AuditAction.DOWNLOAD, AuditedEntity.PROGRAM_EVALUATION, evaluationId, column);
        return content;
    }

    private long queue(long programId, @Nullable LocalDate from, @Nullable LocalDate to) {
        Program program = checkedPeriod(programId, from, to);
        LocalDateTime now = LocalDateTime.now(clock);
        org.springframework.jdbc.support.GeneratedKeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO program_evaluation (program_id, period_from, period_to, status, steps_done, steps_total, created_by, created_at)
                VALUES (:program, :from, :to, 'QUEUED', 0, :steps, :by, :at)""")
                .param("program", program.getId()).param("from", from).param("to", to).param("steps", STEPS)
                .param("by", currentUser.actorName()).param("at", now).update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        audit.record(AuditAction.CREATE, AuditedEntity.PROGRAM_EVALUATION, id,
                "program " + program.getId() + ": " + from + " – " + to);
        return id;
    }

    /** Refuses a missing, reversed or out-of-program period at the field it concerns. */
    private Program checkedPeriod(long programId, @Nullable LocalDate from, @Nullable LocalDate to) {
        Program program = programs.find(programId).orElseThrow(() -> new AccessDeniedException("No program " + programId));
        if (from == null) {
            throw new InvalidFieldException("from", "validation.required");
        }
        if (to == null) {
            throw new InvalidFieldException("to", "validation.required");
        }
        if (from.isBefore(program.getPeriodStart())) {
            throw new InvalidFieldException("from", "evaluation.error.outsideProgram");
        }
        if (to.isBefore(from)) {
            throw new InvalidFieldException("to", "evaluation.error.toBeforeFrom");
        }
        if (to.isAfter(program.getPeriodEnd())) {
            throw new InvalidFieldException("to", "evaluation.error.outsideProgram");
        }
        return program;
    }

    private void runAs(SecurityContext context, long id, Locale locale) {
        SecurityContextHolder.setContext(context);
        try {
            generate(id, locale);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /**
     * Writes the report of the queued row; each step is recorded at once (outside any transaction of the caller's on the
     * background thread), the files and DONE at the end, or FAILED with the cause.
     */
    private void generate(long id, Locale locale) {
        try {
            ProgramEvaluation evaluation = jdbc.sql(COLUMNS + " WHERE id = :id").param("id", id).query(this::evaluation).single();
            Program program = programs.find(evaluation.programId()).orElseThrow(() -> new AccessDeniedException("No program"));
            jdbc.sql("UPDATE program_evaluation SET status = 'RUNNING' WHERE id = :id").param("id", id).update();
            int[] done = {0};
            Runnable step = () -> jdbc.sql("UPDATE program_evaluation SET steps_done = :done WHERE id = :id")
                    .param("done", ++done[0]).param("id", id).update();
            Function<String, String> labels = key -> i18n.getTranslation(key, locale);
            EvaluationReport report = collector.collect(program, evaluation.from(), evaluation.to(), step);
            EvaluationCharts.Charts drawn = charts.draw(report, labels);
            step.run();
            List<EvaluationLayout.Block> blocks = EvaluationLayout.of(report, drawn, labels, locale);
            String title = program.getTitle();
            byte[] pdf = documents.pdf(title, blocks, labels, locale);
            step.run();
            byte[] docx = documents.docx(title, blocks);
            step.run();
            jdbc.sql("""
                    UPDATE program_evaluation SET status = 'DONE', steps_done = steps_total, pdf = :pdf, docx = :docx, error = NULL,
                           finished_at = :at WHERE id = :id""")
                    .param("pdf", pdf).param("docx", docx).param("at", LocalDateTime.now(clock)).param("id", id).update();
        } catch (RuntimeException | Error e) {
            log.warn("Evaluation report {} failed", id, e);
            String cause = String.valueOf(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            jdbc.sql("UPDATE program_evaluation SET status = 'FAILED', error = :error, finished_at = :at WHERE id = :id")
                    .param("error", cause.length() > ERROR_MAX ? cause.substring(0, ERROR_MAX) : cause)
                    .param("at", LocalDateTime.now(clock)).param("id", id).update();
        }
    }

    private ProgramEvaluation evaluation(ResultSet rs, int row) throws SQLException {
        EvaluationStatus status = EvaluationStatus.valueOf(rs.getString("status"));
        LocalDateTime createdAt = rs.getObject("created_at", LocalDateTime.class);
        String error = rs.getString("error");
        if (status.isRunning() && createdAt.plus(STALE_AFTER).isBefore(LocalDateTime.now(clock))) {
            status = EvaluationStatus.FAILED;
            error = INTERRUPTED;
        }
        return new ProgramEvaluation(rs.getLong("id"), rs.getLong("program_id"), rs.getObject("period_from", LocalDate.class),
                rs.getObject("period_to", LocalDate.class), status, rs.getInt("steps_done"), rs.getInt("steps_total"), error,
                rs.getString("created_by"), createdAt, rs.getObject("finished_at", LocalDateTime.class),
                rs.getBoolean("has_pdf"), rs.getBoolean("has_docx"));
    }
}
