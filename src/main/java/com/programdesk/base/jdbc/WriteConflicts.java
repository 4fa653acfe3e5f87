package com.programdesk.base.jdbc;

import java.sql.SQLException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Which failures of a write are worth running the whole transaction again: a deadlock, and on a
 * Galera cluster a certification conflict at commit, which MariaDB reports the same way (error
 * 1213, SQLState 40001). Never an optimistic-lock conflict of a {@code @Version}: that one the user
 * must see, since the row was changed by someone else.
 */
public final class WriteConflicts {

    static final int ER_LOCK_DEADLOCK = 1213;
    static final String SERIALIZATION_FAILURE = "40001";

    private WriteConflicts() {
    }

    public static boolean isRetryable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockingFailureException) {
                return false;
            }
            if (t instanceof SQLException sql && (sql.getErrorCode() == ER_LOCK_DEADLOCK || SERIALIZATION_FAILURE.equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
