package com.programdesk.base.jdbc;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Values remembered until the current transaction ends, for a computation that asks the same question many times
 * (the scope of a program, once per figure of each of its targets). Outside a transaction nothing is remembered.
 */
public final class TransactionMemo<K, V> {

    private final Object resourceKey = new Object();

    @SuppressWarnings("unchecked")
    public V get(K key, Function<K, V> compute) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return compute.apply(key);
        }
        Map<K, V> known = (Map<K, V>) TransactionSynchronizationManager.getResource(resourceKey);
        if (known == null) {
            known = new HashMap<>();
            TransactionSynchronizationManager.bindResource(resourceKey, known);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(resourceKey);
                }
            });
        }
        V value = known.get(key);
        if (value == null) {
            value = compute.apply(key);
            known.put(key, value);
        }
        return value;
    }
}
