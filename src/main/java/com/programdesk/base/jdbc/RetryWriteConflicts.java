package com.programdesk.base.jdbc;

import org.jspecify.annotations.Nullable;
import org.springframework.transaction.interceptor.TransactionAttribute;
import org.springframework.transaction.interceptor.TransactionAttributeSource;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.ProxyMethodInvocation;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a write transaction again when it lost a deadlock or, on Galera, a certification conflict
 * ({@link WriteConflicts}): at most {@link #ATTEMPTS} times, after a short random pause, logged.
 * Only where the transaction begins: a method that joins a running transaction fails with it, and
 * the outermost call repeats the whole of it. The entities passed in get their id and version back
 * before each repetition ({@link EntityIdentities}).
 */
public final class RetryWriteConflicts implements MethodInterceptor {

    public static final int ATTEMPTS = 3;
    private static final Logger log = LoggerFactory.getLogger(RetryWriteConflicts.class);

    private final Duration pause;
    /** Which methods only read (nothing of theirs to put back before a repetition); null: treat every method as a write. */
    private final @Nullable TransactionAttributeSource transactions;

    RetryWriteConflicts(Duration pause) {
        this(pause, null);
    }

    RetryWriteConflicts(Duration pause, @Nullable TransactionAttributeSource transactions) {
        this.pause = pause;
        this.transactions = transactions;
    }

    @Override
    public Object invoke(MethodInvocation invocation) throws Throwable {
        if (TransactionSynchronizationManager.isActualTransactionActive() || !(invocation instanceof ProxyMethodInvocation proxied)) {
            return invocation.proceed();
        }
        EntityIdentities identities = readsOnly(invocation) ? EntityIdentities.NONE : EntityIdentities.of(invocation.getArguments());
        for (int attempt = 1; ; attempt++) {
            try {
                return proxied.invocableClone().proceed();
            } catch (Throwable failure) {
                if (attempt >= ATTEMPTS || !WriteConflicts.isRetryable(failure)) {
                    throw failure;
                }
                log.warn("Write conflict or lost database node in {} (attempt {} of {}), running it again: {}", name(invocation.getMethod()),
                        attempt, ATTEMPTS, failure.toString());
                identities.restore();
                sleep(attempt);
            }
        }
    }

    /**
     * For writes in a programmatic transaction ({@code TransactionTemplate}): runs {@code transaction}, which must begin
     * and end the transaction itself, again on a write conflict.
     */
    public static <T> T retrying(String name, Supplier<T> transaction) {
        return new RetryWriteConflicts(Duration.ofMillis(50)).run(name, transaction);
    }

    private <T> T run(String name, Supplier<T> transaction) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return transaction.get();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (RuntimeException failure) {
                if (attempt >= ATTEMPTS || !WriteConflicts.isRetryable(failure)) {
                    throw failure;
                }
                log.warn("Write conflict in {} (attempt {} of {}), running the transaction again: {}", name, attempt, ATTEMPTS,
                        failure.toString());
                sleep(attempt);
            }
        }
    }

    /** Pauses of 0.5 to 1.5 times {@code pause}, doubled per attempt, so the two losers of a conflict do not meet again. */
    private void sleep(int attempt) {
        long base = pause.toMillis() << (attempt - 1);
        long millis = base / 2 + ThreadLocalRandom.current().nextLong(base + 1);
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted before running a transaction again", e);
        }
    }

    private boolean readsOnly(MethodInvocation invocation) {
        if (transactions == null || invocation.getThis() == null) {
            return false;
        }
        TransactionAttribute attribute = transactions.getTransactionAttribute(invocation.getMethod(), invocation.getThis().getClass());
        return attribute != null && attribute.isReadOnly();
    }

    private static String name(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName();
    }
}
