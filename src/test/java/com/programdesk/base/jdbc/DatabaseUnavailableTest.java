package com.programdesk.base.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.programdesk.testsupport.ProgramDeskTest;
import com.programdesk.testsupport.TestData;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.TransactionTemplate;

/** When the database cannot be reached, a write says so and leaves nothing half-written. */
@ProgramDeskTest
class DatabaseUnavailableTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aConnectionThatDiesMidTransactionRollsBackEverythingItWrote() {
        String name = TestData.unique("row");
        TransactionTemplate transaction = new TransactionTemplate(transactions);

        Throwable failure = catchThrowable(() -> transaction.executeWithoutResult(status -> {
            jdbc.sql("INSERT INTO shared_cache_generation (name, generation) VALUES (?, 1)").param(name).update();
            long connection = jdbc.sql("SELECT CONNECTION_ID()").query(Long.class).single();
            killFromAnotherConnection(connection);
            jdbc.sql("UPDATE shared_cache_generation SET generation = 2 WHERE name = ?").param(name).update();
        }));

        assertThat(failure).isNotNull();
        assertThat(DatabaseUnavailable.isCause(failure)).as(failure.toString()).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM shared_cache_generation WHERE name = ?").param(name).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT 1").query(Integer.class).single()).as("the pool replaced the dead connection").isEqualTo(1);
    }

    @Test
    void aDatabaseThatRefusesConnectionsIsUnavailableWithinSeconds() {
        try (HikariDataSource unreachable = new HikariDataSource()) {
            unreachable.setJdbcUrl("jdbc:mariadb://127.0.0.1:1/programdesk");
            unreachable.setConnectionTimeout(1000);
            unreachable.setInitializationFailTimeout(-1);
            TransactionTemplate transaction = new TransactionTemplate(new JdbcTransactionManager(unreachable));
            JdbcClient client = JdbcClient.create(unreachable);

            long started = System.nanoTime();
            Throwable failure = catchThrowable(() -> transaction.executeWithoutResult(
                    status -> client.sql("INSERT INTO shared_cache_generation (name, generation) VALUES ('x', 1)").update()));

            assertThat(DatabaseUnavailable.isCause(failure)).as(String.valueOf(failure)).isTrue();
            assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started)).isLessThan(10);
        }
    }

    @Test
    void aGaleraNodeWithoutQuorumIsUnavailableButConflictsAreNot() {
        SQLException nonPrimary = new SQLException("WSREP has not yet prepared node for application use", "08S01", 1047);
        assertThat(DatabaseUnavailable.isCause(new UncategorizedSQLException("insert", "INSERT ...", nonPrimary))).isTrue();
        assertThat(DatabaseUnavailable.isCause(new SQLException("Unknown command", "HY000", 1047))).isTrue();
        // seen in ops/cluster/fault-tests: the commit of a save that met the loss of two Galera nodes
        SQLException commitWithoutQuorum = new SQLException("(conn=126) Error while appending streaming replication fragment"
                + "(provider status: Not connected to Primary Component)", "HY000", 1180);
        assertThat(DatabaseUnavailable.isCause(new TransactionSystemException("JDBC commit failed", commitWithoutQuorum))).isTrue();

        assertThat(DatabaseUnavailable.isCause(new CannotAcquireLockException("deadlock",
                new SQLTransactionRollbackException("Deadlock found", "40001", 1213)))).isFalse();
        assertThat(DatabaseUnavailable.isCause(new OptimisticLockingFailureException("changed"))).isFalse();
        assertThatThrownBy(() -> {
            throw new IllegalStateException("no database involved");
        }).satisfies(e -> assertThat(DatabaseUnavailable.isCause(e)).isFalse());
    }

    private void killFromAnotherConnection(long connection) {
        var other = Executors.newSingleThreadExecutor();
        try {
            CompletableFuture.runAsync(() -> jdbc.sql("KILL CONNECTION " + connection).update(), other).join();
        } finally {
            other.shutdown();
        }
    }
}
