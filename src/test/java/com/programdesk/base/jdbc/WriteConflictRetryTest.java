package com.programdesk.base.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.programdesk.attachment.service.AttachmentService;
import com.programdesk.testsupport.ProgramDeskTest;
import com.programdesk.testsupport.TestData;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.aop.Advisor;
import org.springframework.aop.framework.Advised;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.Ordered;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.BeanFactoryTransactionAttributeSourceAdvisor;

/**
 * Two users save at the same moment and their transactions lock two rows in opposite order: MariaDB
 * lets one win and aborts the other with a deadlock, as Galera aborts the loser of a certification
 * conflict. The loser's whole transaction runs again and both changes are stored; a conflict of
 * {@code @Version} reaches the user unrepeated.
 */
@ProgramDeskTest
class WriteConflictRetryTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    @Qualifier("writeConflictRetryAdvisor")
    Advisor retry;
    @Autowired
    BeanFactoryTransactionAttributeSourceAdvisor transactions;
    @Autowired
    AttachmentService attachments;

    @Test
    void theLoserOfADeadlockRunsItsWholeTransactionAgainAndBothWritesAreStored() throws Exception {
        String first = TestData.unique("row");
        String second = TestData.unique("row");
        for (String name : List.of(first, second)) {
            jdbc.sql("INSERT INTO shared_cache_generation (name, generation) VALUES (?, 0)").param(name).update();
        }
        CyclicBarrier bothHoldTheirFirstRow = new CyclicBarrier(2);
        CrossedWrites writes = proxied(new CrossedWrites(jdbc, bothHoldTheirFirstRow));

        ExecutorService twoUsers = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> one = twoUsers.submit(() -> writes.bump(first, second));
            Future<Integer> other = twoUsers.submit(() -> writes.bump(second, first));
            assertThat(List.of(one.get(60, TimeUnit.SECONDS), other.get(60, TimeUnit.SECONDS))).containsExactlyInAnyOrder(1, 2);
        } finally {
            twoUsers.shutdownNow();
        }
        assertThat(generation(first)).isEqualTo(2);
        assertThat(generation(second)).isEqualTo(2);
    }

    @Test
    void anOptimisticLockConflictIsNotRepeated() {
        Failing target = new Failing(new OptimisticLockingFailureException("row changed meanwhile"));

        assertThatThrownBy(proxied(target)::save).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(target.calls.get()).isEqualTo(1);
    }

    @Test
    void aConflictThatKeepsComingBackIsGivenUpAfterThreeAttempts() {
        Failing target = new Failing(new CannotAcquireLockException("deadlock",
                new SQLTransactionRollbackException("Deadlock found when trying to get lock; try restarting transaction", "40001", 1213)));

        assertThatThrownBy(proxied(target)::save).isInstanceOf(CannotAcquireLockException.class);
        assertThat(target.calls.get()).isEqualTo(RetryWriteConflicts.ATTEMPTS);
    }

    @Test
    void theServicesRepeatOutsideTheirTransactionBothWritesAndReads() throws Exception {
        assertThat(((Ordered) retry).getOrder()).isLessThan(transactions.getOrder());
        List<Advisor> advisors = List.of(((Advised) attachments).getAdvisors());
        assertThat(advisors.indexOf(retry)).isNotNegative().isLessThan(advisors.indexOf(transactions));
        var pointcut = ((org.springframework.aop.PointcutAdvisor) retry).getPointcut().getMethodMatcher();
        assertThat(pointcut.matches(AttachmentService.class.getMethod("store", String.class, long.class, String.class, java.nio.file.Path.class),
                AttachmentService.class)).isTrue();
        assertThat(pointcut.matches(AttachmentService.class.getMethod("of", String.class, long.class), AttachmentService.class)).isTrue();
    }

    /** A correction's evidence marked opened is a package-private service method, called through the proxy from its package. */
    @Test
    void everyMethodSpringRunsInATransactionIsRepeatedTooThePackagePrivateOnesIncluded() throws Exception {
        var method = com.programdesk.supervision.findings.service.FindingService.class.getDeclaredMethod("evidenceOpened", long.class);
        var inTransaction = transactions.getPointcut().getMethodMatcher();
        var repeated = ((org.springframework.aop.PointcutAdvisor) retry).getPointcut().getMethodMatcher();

        assertThat(inTransaction.matches(method, method.getDeclaringClass())).as("Spring runs it in a transaction").isTrue();
        assertThat(repeated.matches(method, method.getDeclaringClass())).as("so it is repeated too").isTrue();
    }

    @Test
    void aReadThatMetAGaleraNodeGoingAwayIsReadAgainOnTheNodeTheDriverMovedTo() {
        Failing target = new Failing(new TransientDataAccessResourceException("select", new SQLTransientConnectionException(
                "Driver has reconnect connection after a communications link failure with address=(host=127.0.0.1)(port=3311)", "25S03")), 1);

        assertThat(proxied(target).read()).isEqualTo("read on attempt 2");
    }

    @Test
    void aWriteWhoseTransactionWasLostWithItsNodeRunsAgainButNotOneLostDuringItsCommit() {
        Failing lostMidway = new Failing(new TransientDataAccessResourceException("insert", new SQLTransientConnectionException(
                "Driver has reconnect connection after a communications link failure with address=(host=127.0.0.1)(port=3311). "
                        + "In progress transaction was lost", "25S03")), 1);
        proxied(lostMidway).save();
        assertThat(lostMidway.calls.get()).isEqualTo(2);

        Failing lostAtCommit = new Failing(new TransactionSystemException("commit", new SQLTransientConnectionException(
                "Driver has reconnect connection after a communications failure with address=(host=127.0.0.1)(port=3311) during a COMMIT statement",
                "25S03")));
        assertThatThrownBy(proxied(lostAtCommit)::save).isInstanceOf(TransactionSystemException.class);
        assertThat(lostAtCommit.calls.get()).isEqualTo(1);
    }

    @Test
    void aRetriedEntityGetsItsIdAndVersionBack() {
        Edited edited = new Edited();
        edited.version = 3;
        Edited.Child child = new Edited.Child();
        edited.children = List.of(child);
        EntityIdentities identities = EntityIdentities.of(new Object[] {edited, "text"});

        edited.id = 42L;
        edited.version = 4;
        child.id = 7L;
        identities.restore();

        assertThat(edited.id).isNull();
        assertThat(edited.version).isEqualTo(3);
        assertThat(child.id).isNull();
    }

    private long generation(String name) {
        return jdbc.sql("SELECT generation FROM shared_cache_generation WHERE name = ?").param(name).query(Long.class).single();
    }

    /** The application's own advisors, in the order its proxies apply them. */
    @SuppressWarnings("unchecked")
    private <T> T proxied(T target) {
        ProxyFactory factory = new ProxyFactory(target);
        factory.setProxyTargetClass(true);
        factory.addAdvisor(retry);
        factory.addAdvisor(transactions);
        return (T) factory.getProxy();
    }

    public static class CrossedWrites {

        private final JdbcClient jdbc;
        private final CyclicBarrier barrier;
        private final ThreadLocal<AtomicInteger> attempts = ThreadLocal.withInitial(AtomicInteger::new);

        public CrossedWrites(JdbcClient jdbc, CyclicBarrier barrier) {
            this.jdbc = jdbc;
            this.barrier = barrier;
        }

        /** Returns how many attempts this thread made. */
        @Transactional
        public int bump(String first, String second) {
            int attempt = attempts.get().incrementAndGet();
            jdbc.sql("UPDATE shared_cache_generation SET generation = generation + 1 WHERE name = ?").param(first).update();
            if (attempt == 1) {
                try {
                    barrier.await(30, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            jdbc.sql("UPDATE shared_cache_generation SET generation = generation + 1 WHERE name = ?").param(second).update();
            return attempt;
        }
    }

    public static class Failing {

        final AtomicInteger calls = new AtomicInteger();
        private final RuntimeException failure;
        private final int failures;

        public Failing(RuntimeException failure) {
            this(failure, Integer.MAX_VALUE);
        }

        /** Fails the first {@code failures} calls, then succeeds. */
        public Failing(RuntimeException failure, int failures) {
            this.failure = failure;
            this.failures = failures;
        }

        @Transactional
        public void save() {
            if (calls.incrementAndGet() <= failures) {
                throw failure;
            }
        }

        @Transactional(readOnly = true)
        public String read() {
            if (calls.incrementAndGet() <= failures) {
                throw failure;
            }
            return "read on attempt " + calls.get();
        }
    }

    static class Edited {

        @org.springframework.data.annotation.Id
        Long id;
        @org.springframework.data.annotation.Version
        Integer version;
        List<Child> children;

        static class Child {
            @org.springframework.data.annotation.Id
            Long id;
        }
    }
}
