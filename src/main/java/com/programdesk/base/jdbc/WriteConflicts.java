package com.programdesk.base.jdbc;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Which failures are worth running the whole transaction (or read) again: a deadlock, and on a Galera
 * cluster a certification conflict at commit, which MariaDB reports the same way (error 1213,
 * SQLState 40001); and a database node lost under a statement, when the driver has already moved the
 * connection to another node and nothing was committed (Connector/J's failover, SQLState 25S03: the
 * statement, or the transaction in progress, was lost with the node), or a COMMIT known not to have
 * committed ({@link CommitNotApplied}). Never a connection lost during the COMMIT itself when nobody
 * checked whether it committed, and never an optimistic-lock conflict of a
 * {@code @Version}: that one the user must see, since the row was changed by someone else.
 */
public final class WriteConflicts {

    static final int ER_LOCK_DEADLOCK = 1213;
    static final String SERIALIZATION_FAILURE = "40001";
    /** Connector/J: "Driver has reconnect connection after a communications link failure with …". */
    static final String RECONNECTED_TO_ANOTHER_NODE = "25S03";

    private WriteConflicts() {
    }

    public static boolean isRetryable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockingFailureException) {
                return false;
            }
            if (t instanceof CommitNotApplied) {
                return true;
            }
            if (t instanceof SQLException sql && (sql.getErrorCode() == ER_LOCK_DEADLOCK || SERIALIZATION_FAILURE.equals(sql.getSQLState()))) {
                return true;
            }
            if (t instanceof SQLTransientConnectionException lost && RECONNECTED_TO_ANOTHER_NODE.equals(lost.getSQLState())
                    && (lost.getMessage() == null || !lost.getMessage().contains("COMMIT"))) {
                return true;
            }
        }
        return false;
    }
}
