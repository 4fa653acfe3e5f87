package com.programdesk.base.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** A computation that asks for a program's scope once per figure reads it once per transaction. */
class TransactionMemoTest {

    private final TransactionMemo<Long, String> scopes = new TransactionMemo<>();
    private final AtomicInteger reads = new AtomicInteger();

    private String read(long programId) {
        reads.incrementAndGet();
        return "scope of " + programId;
    }

    @AfterEach
    void noTransactionLeftOpen() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void withinOneTransactionEachProgramIsReadOnce() {
        TransactionSynchronizationManager.initSynchronization();
        for (int i = 0; i < 5; i++) {
            assertThat(scopes.get(7L, this::read)).isEqualTo("scope of 7");
            scopes.get(8L, this::read);
        }
        assertThat(reads).hasValue(2);
    }

    @Test
    void theNextTransactionReadsAgain() {
        TransactionSynchronizationManager.initSynchronization();
        scopes.get(7L, this::read);
        TransactionSynchronizationManager.getSynchronizations().forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
        TransactionSynchronizationManager.clearSynchronization();

        TransactionSynchronizationManager.initSynchronization();
        scopes.get(7L, this::read);
        assertThat(reads).hasValue(2);
    }

    @Test
    void outsideATransactionNothingIsRemembered() {
        scopes.get(7L, this::read);
        scopes.get(7L, this::read);
        assertThat(reads).hasValue(2);
    }
}
