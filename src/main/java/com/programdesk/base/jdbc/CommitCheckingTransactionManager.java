package com.programdesk.base.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.JdbcTransactionObjectSupport;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

/**
 * Knows whether a write transaction committed when the answer to its COMMIT was lost with a Galera
 * node: Connector/J then moves the connection to another node and can only say that it does not
 * know. Each write transaction writes a random token into {@code commit_check} just before its
 * COMMIT. When the COMMIT fails because the database node went away or refused it, the token is
 * looked up on a node that still serves, after that node has applied everything the cluster ordered
 * before ({@code wsrep_sync_wait}): found, the transaction committed and the call succeeds; missing,
 * nothing was committed and {@link CommitNotApplied} lets {@link RetryWriteConflicts} run the call
 * again. Without the token a user would be told the database was unavailable after a save that may
 * well have happened, and might save twice. Read-only transactions commit nothing and write none.
 */
final class CommitCheckingTransactionManager extends JdbcTransactionManager {

    private static final Logger log = LoggerFactory.getLogger(CommitCheckingTransactionManager.class);
    static final String WRITE_TOKEN = "INSERT INTO commit_check (token) VALUES (?)";
    static final String FIND_TOKEN = "SET STATEMENT wsrep_sync_wait = 1 FOR SELECT COUNT(*) FROM commit_check WHERE token = ?";
    private static final ThreadLocal<Boolean> commitFailedWithItsNode = new ThreadLocal<>();

    CommitCheckingTransactionManager(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    protected void doCommit(DefaultTransactionStatus status) {
        if (status.isReadOnly()) {
            super.doCommit(status);
            return;
        }
        long token = writeToken(status);
        try {
            super.doCommit(status);
        } catch (RuntimeException failure) {
            if (!DatabaseUnavailable.isCause(failure)) {
                throw failure;
            }
            commitFailedWithItsNode.set(Boolean.TRUE);
            if (!committed(token, failure)) {
                throw new CommitNotApplied(failure);
            }
            log.warn("The answer to a COMMIT was lost ({}), but the transaction committed: its token is on the node that serves now", failure.toString());
        }
    }

    /**
     * Spring rolls back after a failed COMMIT, on a connection that may still point at the node that went
     * away; that rollback failing too must not replace what the COMMIT's check found (it would be taken for
     * a lost statement and run again, even when nobody could say whether the COMMIT happened). The server
     * rolls back a transaction whose connection closes.
     */
    @Override
    protected void doRollback(DefaultTransactionStatus status) {
        if (commitFailedWithItsNode.get() == null) {
            super.doRollback(status);
            return;
        }
        try {
            super.doRollback(status);
        } catch (RuntimeException alsoLost) {
            log.info("The rollback after a failed COMMIT failed too, as its node is gone: {}", alsoLost.toString());
        }
    }

    @Override
    protected void doCleanupAfterCompletion(Object transaction) {
        commitFailedWithItsNode.remove();
        super.doCleanupAfterCompletion(transaction);
    }

    private long writeToken(DefaultTransactionStatus status) {
        long token = ThreadLocalRandom.current().nextLong();
        Connection connection = ((JdbcTransactionObjectSupport) status.getTransaction()).getConnectionHolder().getConnection();
        try (PreparedStatement insert = connection.prepareStatement(WRITE_TOKEN)) {
            insert.setLong(1, token);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw translateException("JDBC commit token", e);
        }
        return token;
    }

    /**
     * On a connection of its own: the transaction's one was moved to another node, or is gone. That
     * connection may still be on the node that went away; the driver then moves it too, and the
     * question is asked again on the next node.
     */
    private boolean committed(long token, RuntimeException failure) {
        try (Connection connection = obtainDataSource().getConnection()) {
            for (int attempt = 1; ; attempt++) {
                try {
                    return tokenFound(connection, token);
                } catch (SQLException moved) {
                    if (attempt >= RetryWriteConflicts.ATTEMPTS || !WriteConflicts.isRetryable(moved)) {
                        throw moved;
                    }
                }
            }
        } catch (SQLException | RuntimeException unknown) {
            failure.addSuppressed(unknown);
            throw failure;
        }
    }

    private static boolean tokenFound(Connection connection, long token) throws SQLException {
        try (PreparedStatement find = connection.prepareStatement(FIND_TOKEN)) {
            find.setLong(1, token);
            try (ResultSet found = find.executeQuery()) {
                return found.next() && found.getLong(1) > 0;
            }
        }
    }
}
