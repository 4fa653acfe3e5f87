package com.programdesk.statistics.imports.service;

import com.programdesk.audit.domain.AuditAction;
import com.programdesk.audit.domain.AuditedEntity;
import com.programdesk.audit.service.AuditService;
import com.programdesk.base.documents.TableFile;
import com.programdesk.base.documents.TableFileException;
import com.programdesk.base.documents.TableFormat;
import com.programdesk.base.jdbc.RetryWriteConflicts;
import com.programdesk.base.jdbc.WithoutTransaction;
import com.programdesk.security.domain.Roles;
import com.programdesk.security.service.CurrentUser;
import com.programdesk.security.service.WithoutAuthorization;
import com.programdesk.statistics.catalog.domain.Frequency;
import com.programdesk.statistics.catalog.service.StatisticsCatalog;
import com.programdesk.statistics.imports.domain.ImportProgress;
import com.programdesk.statistics.imports.domain.ImportShape;
import com.programdesk.statistics.imports.domain.ImportSummary;
import com.programdesk.statistics.reporting.domain.ReportStatus;
import com.programdesk.statistics.reporting.domain.ReportSummary;
import com.programdesk.statistics.reporting.service.ReportService;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports counts exported from the regional platforms (CSV or .xlsx) into draft reports. A preview
 * checks every row and writes nothing; confirming reads and checks the file again (what is stored
 * may have changed meanwhile) and writes everything or, when any row is wrong, nothing. Values go
 * into drafts and returned reports only, replacing just the elements the file holds; importing the
 * same file again changes nothing. Institution staff import only their own institution's rows.
 */
@Service
public class ReportImportService {

    static final String IMPORTERS = "hasAnyRole('" + Roles.COORDINATOR + "','" + Roles.INSTITUTION + "','" + Roles.ASSOCIATION + "')";
    static final String CONFLICT = "import.fatal.conflict";
    static final AuditedEntity ENTITY = AuditedEntity.STAT_IMPORT;
    private static final String IMPORTED = """
            SELECT r.id, r.report_form_id, f.name_zh, f.name_en, f.frequency, f.due_day, r.institution_id, i.name_zh AS institution_name,
                   r.period_start, r.status, r.return_count, r.first_submitted_at, r.submitted_at
            FROM stat_report r JOIN report_form f ON f.id = r.report_form_id JOIN institution i ON i.id = r.institution_id
            WHERE r.source = 'IMPORT' AND r.institution_id IN (:reach)""";

    private static final String OWN_TRANSACTION = "reads the file, checks it (and on confirmation writes it) in one transaction"
            + " of its own, run again on a lost node or a write conflict (the file read afresh)";

    private final JdbcClient jdbc;
    private final StatisticsCatalog catalog;
    private final ImportWriter writer;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TransactionTemplate reading;
    private final TransactionTemplate writing;
    private final long maxBytes;
    private final ExecutorService executor;

    ReportImportService(JdbcClient jdbc, StatisticsCatalog catalog, ImportWriter writer, AuditService audit, CurrentUser currentUser,
                        Clock clock, PlatformTransactionManager transactions,
                        @Value("${programdesk.import.max-bytes:52428800}") long maxBytes,
                        @Value("${programdesk.import.threads:2}") int threads) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.writer = writer;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.writing = new TransactionTemplate(transactions);
        this.maxBytes = maxBytes;
        this.executor = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("report-import-", 1).daemon().factory());
    }

    @WithoutAuthorization("a configuration value shown next to the upload field")
    @WithoutTransaction("a configuration value")
    public long maxBytes() {
        return maxBytes;
    }

    /** Reads and checks a file without writing anything. */
    @PreAuthorize(IMPORTERS)
    @WithoutTransaction(OWN_TRANSACTION)
    public ImportSummary preview(Path file, String fileName, ImportProgress progress) {
        return previewed(file, fileName, progress);
    }

    /** Reads and checks the file again and, when no row is wrong and something differs, writes it all in one transaction. */
    @PreAuthorize(IMPORTERS)
    @WithoutTransaction(OWN_TRANSACTION)
    public ImportSummary confirm(Path file, String fileName, ImportProgress progress) {
        return confirmed(file, fileName, progress);
    }

    /** {@link #preview} on a background thread (at most a few imports run at once, the others wait). */
    @PreAuthorize(IMPORTERS)
    @WithoutTransaction(OWN_TRANSACTION)
    public CompletableFuture<ImportSummary> startPreview(Path file, String fileName, ImportProgress progress) {
        return inBackground(() -> previewed(file, fileName, progress));
    }

    @PreAuthorize(IMPORTERS)
    @WithoutTransaction(OWN_TRANSACTION)
    public CompletableFuture<ImportSummary> startConfirm(Path file, String fileName, ImportProgress progress) {
        return inBackground(() -> confirmed(file, fileName, progress));
    }

    private ImportSummary previewed(Path file, String fileName, ImportProgress progress) {
        return RetryWriteConflicts.retrying("ReportImportService.preview", () -> run(file, fileName, progress, false));
    }

    /** The whole import again (the file read afresh) when its transaction lost a write conflict. */
    private ImportSummary confirmed(Path file, String fileName, ImportProgress progress) {
        return RetryWriteConflicts.retrying("ReportImportService.confirm", () -> run(file, fileName, progress, true));
    }

    /** Reports whose values came from an import, within the user's reach, most recently changed first. */
    @PreAuthorize(IMPORTERS)
    @Transactional(readOnly = true)
    public List<ReportSummary> importedReports(int offset, int limit) {
        return jdbc.sql(imported() + " ORDER BY r.updated_at DESC, r.id DESC LIMIT :limit OFFSET :offset")
                .params(reach()).param("limit", limit).param("offset", offset)
                .query((rs, n) -> {
                    Frequency frequency = Frequency.valueOf(rs.getString("frequency"));
                    LocalDate period = rs.getObject("period_start", LocalDate.class);
                    return new ReportSummary(rs.getLong("id"), rs.getLong("report_form_id"), rs.getString("name_zh"), rs.getString("name_en"),
                            rs.getLong("institution_id"), rs.getString("institution_name"), period, frequency,
                            ReportStatus.valueOf(rs.getString("status")), rs.getInt("return_count"),
                            rs.getObject("first_submitted_at", LocalDateTime.class), rs.getObject("submitted_at", LocalDateTime.class),
                            frequency.dueDate(period, rs.getInt("due_day")));
                }).list();
    }

    @PreAuthorize(IMPORTERS)
    @Transactional(readOnly = true)
    public int countImported() {
        return jdbc.sql("SELECT COUNT(*) FROM (" + imported() + ") x").params(reach()).query(Integer.class).single();
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    private String imported() {
        return currentUser.require().seesAllInstitutions() ? IMPORTED.replace("r.institution_id IN (:reach)", "1 = 1") : IMPORTED;
    }

    private Map<String, Object> reach() {
        Map<String, Object> params = new HashMap<>();
        if (!currentUser.require().seesAllInstitutions()) {
            params.put("reach", currentUser.reachForQuery());
        }
        return params;
    }

    private CompletableFuture<ImportSummary> inBackground(Supplier<ImportSummary> work) {
        SecurityContext context = SecurityContextHolder.getContext();
        return CompletableFuture.supplyAsync(() -> {
            SecurityContextHolder.setContext(context);
            try {
                return work.get();
            } finally {
                SecurityContextHolder.clearContext();
            }
        }, executor);
    }

    private ImportSummary run(Path file, String fileName, ImportProgress progress, boolean write) {
        progress.reset();
        progress.phase(ImportProgress.Phase.READING);
        try {
            TableFile source = TableFile.detect(file, maxBytes);
            return (write ? writing : reading).execute(status -> {
                ImportCheck check = read(source, progress);
                progress.phase(ImportProgress.Phase.COMPARING);
                ImportComparison comparison = new ImportComparison();
                comparison.compare(jdbc, check.lookups(), check);
                boolean writes = write && !check.hasErrors() && comparison.valuesNew + comparison.valuesUpdated > 0;
                if (writes) {
                    progress.phase(ImportProgress.Phase.WRITING);
                    writer.write(new ArrayList<>(check.reports().values()));
                    audit.record(AuditAction.IMPORT, ENTITY, null, auditText(fileName, check, comparison));
                } else {
                    status.setRollbackOnly();
                }
                return summary(fileName, source.format(), check, comparison, writes);
            });
        } catch (TableFileException e) {
            return ImportSummary.fatal(fileName, e.messageKey());
        } catch (IOException | UncheckedIOException e) {
            return ImportSummary.fatal(fileName, TableFile.UNREADABLE);
        } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
            return ImportSummary.fatal(fileName, CONFLICT);
        } finally {
            progress.phase(ImportProgress.Phase.DONE);
        }
    }

    private ImportCheck read(TableFile source, ImportProgress progress) {
        ImportLookups lookups = new ImportLookups(jdbc, catalog.forms(), currentUser.require(), LocalDate.now(clock));
        ImportCheck check = new ImportCheck(lookups, ImportSummary.LISTED);
        try {
            source.read(check, progress);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (check.columns() == null) {
            throw new TableFileException(TableFile.EMPTY);
        }
        return check;
    }

    private static ImportSummary summary(String fileName, TableFormat format, ImportCheck check, ImportComparison comparison,
                                         boolean written) {
        ImportShape shape = check.columns().shape;
        return new ImportSummary(fileName, null, format, shape, check.rows(), check.values(), (int) comparison.reportsNew,
                (int) comparison.reportsChanged, (int) comparison.reportsUnchanged, comparison.valuesNew, comparison.valuesUpdated,
                comparison.valuesUnchanged, check.counts(), check.problems(), written);
    }

    private static String auditText(String fileName, ImportCheck check, ImportComparison comparison) {
        return "file: " + fileName + ", rows: " + check.rows()
                + ", reports: " + comparison.reportsNew + " new / " + comparison.reportsChanged + " changed / " + comparison.reportsUnchanged
                + " unchanged, values: " + comparison.valuesNew + " new / " + comparison.valuesUpdated + " updated / "
                + comparison.valuesUnchanged + " unchanged";
    }
}
