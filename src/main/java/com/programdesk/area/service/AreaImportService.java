package com.programdesk.area.service;

import com.programdesk.area.domain.AreaImportSummary;
import com.programdesk.area.domain.AreaLevel;
import com.programdesk.audit.domain.AuditAction;
import com.programdesk.audit.domain.AuditedEntity;
import com.programdesk.audit.service.AuditService;
import com.programdesk.base.documents.TableFile;
import com.programdesk.base.documents.TableFileException;
import com.programdesk.base.documents.TableReadProgress;
import com.programdesk.base.jdbc.RetryWriteConflicts;
import com.programdesk.base.jdbc.WithoutTransaction;
import com.programdesk.security.domain.Roles;
import com.programdesk.security.service.CurrentUser;
import com.programdesk.security.service.WithoutAuthorization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports the area tree from a CSV or Excel file of codes and names. A preview checks every row and
 * writes nothing; confirming reads and checks the file again and writes everything (new areas, new
 * names) in one transaction or, when any row is wrong, nothing. Areas already in the tree under the
 * same name are left as they are, so the same file twice changes nothing.
 */
@Service
public class AreaImportService {

    static final String CONFLICT = "area.import.fatal.conflict";
    private static final String ADMIN = "hasRole('" + Roles.ADMIN + "')";
    private static final AuditedEntity ENTITY = AuditedEntity.AREA;
    private static final int CHUNK = 500;

    private final JdbcClient jdbc;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TransactionTemplate reading;
    private final TransactionTemplate writing;
    private final long maxBytes;
    private final AreaService areas;

    AreaImportService(JdbcClient jdbc, AuditService audit, CurrentUser currentUser, Clock clock, PlatformTransactionManager transactions,
                      @Value("${programdesk.import.max-bytes:52428800}") long maxBytes, AreaService areas) {
        this.areas = areas;
        this.jdbc = jdbc;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.writing = new TransactionTemplate(transactions);
        this.maxBytes = maxBytes;
    }

    @WithoutAuthorization("a configuration value shown next to the upload field")
    @WithoutTransaction("a configuration value")
    public long maxBytes() {
        return maxBytes;
    }

    /** Reads and checks a file without writing anything. */
    @PreAuthorize(ADMIN)
    @WithoutTransaction(OWN_TRANSACTION)
    public AreaImportSummary preview(Path file, String fileName) {
        return RetryWriteConflicts.retrying("AreaImportService.preview", () -> run(file, fileName, false));
    }

    /** Reads and checks the file again and, when no row is wrong and something differs, writes it all in one transaction. */
    @PreAuthorize(ADMIN)
    @WithoutTransaction(OWN_TRANSACTION)
    public AreaImportSummary confirm(Path file, String fileName) {
        return RetryWriteConflicts.retrying("AreaImportService.confirm", () -> run(file, fileName, true));
    }

    private static final String OWN_TRANSACTION = "reads the file outside any transaction, then checks or writes in one transaction of its own,"
            + " run again on a lost node or a write conflict";

    private AreaImportSummary run(Path file, String fileName, boolean write) {
        String scope = currentUser.require().areaPath();
        try {
            TableFile source = TableFile.detect(file, maxBytes);
            AreaImportCheck check = new AreaImportCheck();
            source.read(check, TableReadProgress.NONE);
            if (!check.headerSeen()) {
                throw new TableFileException(TableFile.EMPTY);
            }
            AreaImportSummary summary = (write ? writing : reading).execute(status -> {
                if (write) {
                    areas.forgetShared();
                }
                Map<String, AreaImportCheck.Stored> stored = stored(check);
                check.compare(stored, scope);
                boolean writes = write && check.problems().isEmpty() && !(check.added().isEmpty() && check.renamed().isEmpty());
                if (writes) {
                    insert(check.added(), stored);
                    rename(check.renamed());
                    audit.record(AuditAction.IMPORT, ENTITY, null, "file: " + fileName + ", rows: " + check.rows() + ", added: "
                            + check.added().size() + ", renamed: " + check.renamed().size() + ", unchanged: " + check.unchanged());
                } else {
                    status.setRollbackOnly();
                }
                return summary(fileName, source, check, writes);
            });
            return java.util.Objects.requireNonNull(summary);
        } catch (TableFileException e) {
            return AreaImportSummary.fatal(fileName, e.messageKey());
        } catch (IOException | UncheckedIOException e) {
            return AreaImportSummary.fatal(fileName, TableFile.UNREADABLE);
        } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
            return AreaImportSummary.fatal(fileName, CONFLICT);
        }
    }

    private Map<String, AreaImportCheck.Stored> stored(AreaImportCheck check) {
        Map<String, AreaImportCheck.Stored> stored = new HashMap<>();
        List<String> codes = new ArrayList<>(check.codesToLookUp());
        for (int from = 0; from < codes.size(); from += CHUNK) {
            jdbc.sql("SELECT id, version, code, level, path, name_zh, name_en, valid_from, active FROM area WHERE code IN (:codes)")
                    .param("codes", codes.subList(from, Math.min(codes.size(), from + CHUNK)))
                    .query((rs, n) -> new AreaImportCheck.Stored(rs.getLong("id"), rs.getInt("version"), rs.getString("code"),
                            AreaLevel.valueOf(rs.getString("level")), rs.getString("path"), rs.getString("name_zh"), rs.getString("name_en"),
                            rs.getObject("valid_from", LocalDate.class), rs.getBoolean("active")))
                    .list().forEach(area -> stored.put(area.code(), area));
        }
        return stored;
    }

    /** Adds the new areas level by level, so each finds its parent's id, and its path, already written. */
    private void insert(List<AreaImportCheck.Row> added, Map<String, AreaImportCheck.Stored> stored) {
        LocalDateTime now = LocalDateTime.now(clock);
        Map<String, Long> ids = new HashMap<>();
        stored.values().forEach(area -> ids.put(area.code(), area.id()));
        for (AreaLevel level : AreaLevel.values()) {
            List<AreaImportCheck.Row> rows = added.stream().filter(r -> r.level() == level)
                    .sorted(Comparator.comparing(AreaImportCheck.Row::code)).toList();
            for (AreaImportCheck.Row row : rows) {
                jdbc.sql("""
                        INSERT INTO area (code, level, parent_id, path, name_zh, name_en, valid_from, active, created_at, updated_at)
                        VALUES (:code, :level, :parent, '', :nameZh, :nameEn, :validFrom, TRUE, :now, :now)""")
                        .param("code", row.code()).param("level", level.name())
                        .param("parent", row.parentCode() == null ? null : ids.get(row.parentCode()))
                        .param("nameZh", row.nameZh()).param("nameEn", row.nameEn()).param("validFrom", row.validFrom()).param("now", now)
                        .update();
            }
            List<String> codes = rows.stream().map(AreaImportCheck.Row::code).toList();
            for (int from = 0; from < codes.size(); from += CHUNK) {
                List<String> chunk = codes.subList(from, Math.min(codes.size(), from + CHUNK));
                jdbc.sql(level == AreaLevel.PROVINCE
                                ? "UPDATE area SET path = CONCAT('/', id, '/') WHERE code IN (:codes)"
                                : "UPDATE area c JOIN area p ON p.id = c.parent_id SET c.path = CONCAT(p.path, c.id, '/') WHERE c.code IN (:codes)")
                        .param("codes", chunk).update();
                jdbc.sql("SELECT id, code FROM area WHERE code IN (:codes)").param("codes", chunk)
                        .query((rs, n) -> ids.put(rs.getString("code"), rs.getLong("id"))).list();
            }
        }
    }

    private void rename(List<AreaImportCheck.Renamed> renamed) {
        LocalDateTime now = LocalDateTime.now(clock);
        for (AreaImportCheck.Renamed change : renamed) {
            int updated = jdbc.sql("""
                    UPDATE area SET name_zh = :nameZh, name_en = COALESCE(:nameEn, name_en), valid_from = COALESCE(:validFrom, valid_from),
                           version = version + 1, updated_at = :now
                    WHERE id = :id AND version = :version""")
                    .param("nameZh", change.row().nameZh()).param("nameEn", change.row().nameEn())
                    .param("validFrom", change.row().validFrom()).param("now", now)
                    .param("id", change.stored().id()).param("version", change.stored().version()).update();
            if (updated != 1) {
                throw new OptimisticLockingFailureException("Area " + change.stored().code() + " changed during the import");
            }
        }
    }

    private static AreaImportSummary summary(String fileName, TableFile source, AreaImportCheck check, boolean written) {
        return new AreaImportSummary(fileName, null, source.format(), check.rows(), check.added().size(), check.renamed().size(),
                check.unchanged(), check.changes().subList(0, Math.min(check.changes().size(), AreaImportSummary.LISTED)),
                check.problems().size(), check.problems().subList(0, Math.min(check.problems().size(), AreaImportSummary.LISTED)),
                written);
    }
}
