package com.programdesk.statistics.catalog.service;

import com.programdesk.audit.domain.AuditChanges;
import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.statistics.catalog.domain.CatalogueItem;
import com.programdesk.statistics.catalog.domain.KeptCatalogueItem;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * The writes every catalogue maintenance service (elements, categories, indicators, rules, forms) does the same way:
 * inserting an item whose code must be unique, marking it retired or back, and reading its common columns.
 */
public final class CatalogueWrites {

    private CatalogueWrites() {
    }

    /**
     * Runs an insert and returns the new row's id. Someone who created the same code a moment ago (the unique key
     * refuses it) gets the same answer as the check before: {@code codeTakenKey} on the code field.
     */
    public static long insert(JdbcClient.StatementSpec insert, String codeTakenKey) {
        KeyHolder key = new GeneratedKeyHolder();
        try {
            insert.update(key, "id");
        } catch (DuplicateKeyException e) {
            throw new InvalidFieldException("code", codeTakenKey);
        }
        return key.getKeyAs(Number.class).longValue();
    }

    /**
     * Marks the row {@code id} of {@code table} retired (by {@code actor}, at {@code now}) or back, provided it still has
     * {@code version}; refused with {@link OptimisticLockingFailureException} when someone changed it meanwhile.
     */
    public static void setRetired(JdbcClient jdbc, String table, long id, @Nullable Integer version, boolean retired,
                                 String actor, LocalDateTime now) {
        mark(jdbc, table, "retired", retired, retired, id, version, actor, now);
    }

    /** The same for a report form, which says {@code active} where the others say retired. */
    public static void setActive(JdbcClient jdbc, String table, long id, @Nullable Integer version, boolean active,
                                String actor, LocalDateTime now) {
        mark(jdbc, table, "active", active, !active, id, version, actor, now);
    }

    private static void mark(JdbcClient jdbc, String table, String column, boolean value, boolean retired, long id,
                             @Nullable Integer version, String actor, LocalDateTime now) {
        int updated = jdbc.sql("UPDATE " + table + " SET " + column + " = :value, retired_by = :by, retired_at = :at, version = version + 1"
                        + " WHERE id = :id AND version = :version")
                .param("value", value).param("by", retired ? actor : null).param("at", retired ? now : null)
                .param("id", id).param("version", version).update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException(table + " " + id + " was changed meanwhile");
        }
    }

    /** The audit log's record of a retirement or a reactivation: {@code column} went from the opposite to {@code value}. */
    public static String statusChange(String column, boolean value) {
        return AuditChanges.between(Map.of(column, !value), Map.of(column, value));
    }

    /** Reads the common columns of an item an area keeps: those of every item, and name_zh, name_en and area_id. */
    public static void readItem(KeptCatalogueItem item, ResultSet rs) throws SQLException {
        readItem((CatalogueItem) item, rs);
        item.setNameZh(rs.getString("name_zh"));
        item.setNameEn(rs.getString("name_en"));
        item.setAreaId(rs.getObject("area_id", Long.class));
    }

    /** Reads the common columns of every item: id, version, code, retired, retired_by and retired_at. */
    public static void readItem(CatalogueItem item, ResultSet rs) throws SQLException {
        item.setId(rs.getLong("id"));
        item.setVersion(rs.getInt("version"));
        item.setCode(rs.getString("code"));
        item.setRetired(rs.getBoolean("retired"));
        item.setRetiredBy(rs.getString("retired_by"));
        item.setRetiredAt(rs.getObject("retired_at", LocalDateTime.class));
    }
}
