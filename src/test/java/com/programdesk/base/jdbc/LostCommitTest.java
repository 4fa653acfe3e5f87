package com.programdesk.base.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.programdesk.testsupport.ProgramDeskTest;
import com.programdesk.testsupport.TestData;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.aop.Advisor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionInterceptor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A Galera node goes away while a user's save is at its COMMIT, and Connector/J, having moved the
 * connection to another node, cannot say whether it committed. The save is then neither reported
 * as failed when it committed, nor lost, nor stored twice: the commit's token says which.
 */
@ProgramDeskTest
class LostCommitTest {

    static final String LOST_AT_COMMIT = "Driver has reconnect connection after a communications failure with address=(host=127.0.0.1)(port=3311)"
            + " during a COMMIT statement";

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    @Qualifier("writeConflictRetryAdvisor")
    Advisor retry;
    @Autowired
    PlatformTransactionManager applicationTransactions;
    @Autowired
    CommitCheckConfiguration.OldTokens oldTokens;

    @Test
    void theApplicationCommitsThroughTheCheckingTransactionManager() {
        assertThat(applicationTransactions).isInstanceOf(CommitCheckingTransactionManager.class);
    }

    @Test
    void aSaveThatCommittedThoughTheAnswerWasLostSucceedsAndIsStoredOnce() {
        Saves saves = new Saves(new Commits(dataSource, Commits.Outcome.COMMITTED_ANSWER_LOST));
        String name = TestData.unique("lost-answer");

        proxied(saves).insert(name);

        assertThat(saves.calls.get()).isEqualTo(1);
        assertThat(rows(name)).isEqualTo(1);
    }

    @Test
    void aSaveWhoseCommitWasRefusedRunsAgainAndIsStoredOnce() {
        Saves saves = new Saves(new Commits(dataSource, Commits.Outcome.REFUSED_ONCE));
        String name = TestData.unique("refused");

        proxied(saves).insert(name);

        assertThat(saves.calls.get()).isEqualTo(2);
        assertThat(rows(name)).isEqualTo(1);
    }

    @Test
    void aCommitRefusedByANodeCutOffFromTheOthersIsCheckedOnTheNextNodeAndRunsAgain() {
        Saves saves = new Saves(new Commits(dataSource, Commits.Outcome.REFUSED_ONCE_CHECK_ON_THE_SAME_NODE_FIRST));
        String name = TestData.unique("cut-off");

        proxied(saves).insert(name);

        assertThat(saves.calls.get()).isEqualTo(2);
        assertThat(rows(name)).isEqualTo(1);
        assertThat(saves.commits.checks.get()).as("asked on the cut-off node, then on the next").isEqualTo(2);
    }

    @Test
    void whenNoNodeCanSayWhetherItCommittedTheUserIsToldTheDatabaseIsUnavailable() {
        Saves saves = new Saves(new Commits(dataSource, Commits.Outcome.REFUSED_AND_NO_NODE_LEFT));

        // not run again (whether it committed is unknown), though the rollback after it was lost as well
        assertThatThrownBy(() -> proxied(saves).insert(TestData.unique("no-node")))
                .satisfies(failure -> assertThat(DatabaseUnavailable.isCause(failure)).isTrue())
                .hasStackTraceContaining("during a COMMIT statement");
        assertThat(saves.calls.get()).isEqualTo(1);
    }

    @Test
    void aReadOnlyTransactionWritesNoToken() {
        long before = tokens();
        TransactionTemplate readOnly = new TransactionTemplate(applicationTransactions);
        readOnly.setReadOnly(true);
        readOnly.executeWithoutResult(status ->
                jdbc.sql("SELECT COUNT(*) FROM shared_cache_generation").query(Long.class).single());
        assertThat(tokens()).isEqualTo(before);

        new TransactionTemplate(applicationTransactions).executeWithoutResult(status ->
                jdbc.sql("INSERT INTO shared_cache_generation (name, generation) VALUES (?, 0)").param(TestData.unique("token")).update());
        assertThat(tokens()).isEqualTo(before + 1);
    }

    @Test
    void tokensOlderThanADayAreDeletedAndTodaysKept() {
        long old = ThreadLocalRandom.current().nextLong();
        long recent = ThreadLocalRandom.current().nextLong();
        jdbc.sql("INSERT INTO commit_check (token, created_at) VALUES (?, NOW() - INTERVAL 25 HOUR), (?, NOW() - INTERVAL 23 HOUR)")
                .params(old, recent).update();

        oldTokens.delete();

        assertThat(jdbc.sql("SELECT token FROM commit_check WHERE token IN (?, ?)").params(old, recent).query(Long.class).list()).containsExactly(recent);
    }

    private long rows(String name) {
        return jdbc.sql("SELECT COUNT(*) FROM shared_cache_generation WHERE name = ?").param(name).query(Long.class).single();
    }

    private long tokens() {
        return jdbc.sql("SELECT COUNT(*) FROM commit_check").query(Long.class).single();
    }

    /** The application's retry around a transaction of the checking manager on {@code commits}. */
    private Saves proxied(Saves saves) {
        ProxyFactory factory = new ProxyFactory(saves);
        factory.setProxyTargetClass(true);
        factory.addAdvisor(retry);
        factory.addAdvice(new TransactionInterceptor(new CommitCheckingTransactionManager(saves.commits), new AnnotationTransactionAttributeSource()));
        return (Saves) factory.getProxy();
    }

    public static class Saves {

        final AtomicInteger calls = new AtomicInteger();
        final Commits commits;
        private final JdbcClient jdbc;

        public Saves(Commits commits) {
            this.commits = commits;
            this.jdbc = JdbcClient.create(commits);
        }

        @Transactional
        public void insert(String name) {
            calls.incrementAndGet();
            jdbc.sql("INSERT INTO shared_cache_generation (name, generation) VALUES (?, 0)").param(name).update();
        }
    }

    /** The application's connections, whose first COMMIT meets a database node going away. */
    static final class Commits extends DelegatingDataSource {

        enum Outcome { COMMITTED_ANSWER_LOST, REFUSED_ONCE, REFUSED_ONCE_CHECK_ON_THE_SAME_NODE_FIRST, REFUSED_AND_NO_NODE_LEFT }

        private final Outcome outcome;
        private final AtomicInteger commits = new AtomicInteger();
        final AtomicInteger checks = new AtomicInteger();
        private final AtomicInteger rollbacksAfterTheLostCommit = new AtomicInteger();
        private volatile boolean nodesGone;

        Commits(DataSource target, Outcome outcome) {
            super(target);
            this.outcome = outcome;
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (nodesGone) {
                throw new SQLNonTransientConnectionException("Could not connect to any host", "08000");
            }
            Connection connection = super.getConnection();
            return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                if (method.getName().equals("commit") && commits.incrementAndGet() == 1) {
                    if (outcome == Outcome.COMMITTED_ANSWER_LOST) {
                        connection.commit();
                    } else {
                        connection.rollback();
                    }
                    nodesGone = outcome == Outcome.REFUSED_AND_NO_NODE_LEFT;
                    throw new SQLTransientConnectionException(LOST_AT_COMMIT, "25S03");
                }
                if (method.getName().equals("rollback") && commits.get() == 1 && outcome != Outcome.COMMITTED_ANSWER_LOST
                        && outcome != Outcome.REFUSED_ONCE && rollbacksAfterTheLostCommit.getAndIncrement() == 0) {
                    // still on the node that went away: the driver moves the connection, the rollback is lost too
                    connection.rollback();
                    throw new SQLTransientConnectionException(
                            "Driver has reconnect connection after a communications link failure with address=(host=127.0.0.1)(port=3311)", "25S03");
                }
                if (outcome == Outcome.REFUSED_ONCE_CHECK_ON_THE_SAME_NODE_FIRST && method.getName().equals("prepareStatement")
                        && args[0].equals(CommitCheckingTransactionManager.FIND_TOKEN) && checks.getAndIncrement() == 0) {
                    // the pooled connection was on the cut-off node too: 1047, and the driver moved it to the next node
                    throw new SQLTransientConnectionException(
                            "Driver has reconnect connection after a communications link failure with address=(host=127.0.0.1)(port=3311)", "25S03");
                }
                try {
                    return method.invoke(connection, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            });
        }
    }
}
