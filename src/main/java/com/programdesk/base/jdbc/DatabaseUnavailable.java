package com.programdesk.base.jdbc;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether a failure means the database cannot be reached right now, rather than a mistake: no
 * connection (refused, timed out, dropped mid-transaction), or a Galera node that has lost the
 * cluster's quorum ("WSREP has not yet prepared node for application use", error 1047; at commit: "Error
 * while appending streaming replication fragment(provider status: Not connected to Primary Component)"). The user
 * is told to try again later; the transaction was rolled back (or never began).
 */
public final class DatabaseUnavailable {

    /**
     * How long a client that cannot be shown a page (the API's platforms, phone calendars) is asked to wait in
     * {@code Retry-After}: a Galera node regains its quorum, or a restarted database takes connections, within it.
     */
    public static final int RETRY_AFTER_SECONDS = 30;
    static final int ER_UNKNOWN_COM_ERROR = 1047;

    private DatabaseUnavailable() {
    }

    public static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql && (sql.getErrorCode() == ER_UNKNOWN_COM_ERROR
                    || (sql.getSQLState() != null && sql.getSQLState().startsWith("08"))
                    || (sql.getMessage() != null && (sql.getMessage().contains("WSREP")
                            // a commit on a node that lost the quorum meanwhile: its write set was not replicated, nothing committed
                            || sql.getMessage().contains("Not connected to Primary Component"))))) {
                return true;
            }
        }
        return false;
    }
}
