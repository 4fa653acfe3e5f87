package com.programdesk.base.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Values that every user reads and that change only with the data (reference data, figures
 * computed from it), computed once and shared across sessions on this node. The owner forgets
 * them when this node commits a change; the other nodes of a cluster forget theirs within about
 * two seconds ({@link CacheGenerations}), and after the freshness of {@link SharedCaches} at the
 * latest. Bounded: past {@code maxEntries} it starts afresh.
 */
public final class SharedCache<K, V> {

    private record Known<V>(V value, Instant until) {
    }

    private final Map<K, Known<V>> known = new ConcurrentHashMap<>();
    private final String name;
    private final SharedCaches settings;
    private final Clock clock;
    private final int maxEntries;
    private volatile int generation;

    SharedCache(String name, SharedCaches settings, Clock clock, int maxEntries) {
        this.name = name;
        this.settings = settings;
        this.clock = clock;
        this.maxEntries = maxEntries;
        this.generation = settings.generation();
    }

    /** How long values stay; zero when nothing is kept. Forgets everything when the settings changed. */
    private Duration freshFor() {
        if (generation != settings.generation()) {
            known.clear();
            generation = settings.generation();
        }
        return settings.freshFor();
    }

    /** The value known for {@code key}, computed (outside any lock) when it is missing or no longer fresh. */
    public V get(K key, Supplier<V> compute) {
        Duration freshFor = freshFor();
        if (freshFor.isZero()) {
            return compute.get();
        }
        Instant now = clock.instant();
        Known<V> cached = known.get(key);
        if (cached == null || !cached.until().isAfter(now)) {
            if (cached == null && known.size() >= maxEntries) {
                known.clear();
            }
            cached = new Known<>(compute.get(), now.plus(freshFor));
            known.put(key, cached);
        }
        return cached.value();
    }

    /**
     * The values known for {@code keys}; those missing or no longer fresh are computed together by
     * {@code computeMissing} (one query for a page of rows instead of one per row). A key it leaves
     * out has no value and is asked for again next time.
     */
    public Map<K, V> getAll(Collection<K> keys, Function<List<K>, Map<K, V>> computeMissing) {
        Duration freshFor = freshFor();
        if (freshFor.isZero()) {
            return computeMissing.apply(List.copyOf(keys));
        }
        Instant now = clock.instant();
        Map<K, V> found = new HashMap<>();
        List<K> missing = new ArrayList<>();
        for (K key : keys) {
            Known<V> cached = known.get(key);
            if (cached != null && cached.until().isAfter(now)) {
                found.put(key, cached.value());
            } else {
                missing.add(key);
            }
        }
        if (!missing.isEmpty()) {
            if (missing.stream().filter(key -> !known.containsKey(key)).count() + known.size() > maxEntries) {
                known.clear();
            }
            computeMissing.apply(missing).forEach((key, value) -> {
                known.put(key, new Known<>(value, now.plus(freshFor)));
                found.put(key, value);
            });
        }
        return found;
    }

    public String name() {
        return name;
    }

    public void forgetAll() {
        known.clear();
        settings.changed(name);
    }

    /** Forgets the entries whose key matches, e.g. those of one program when only its rows changed (the other nodes forget all). */
    public void forgetIf(Predicate<K> matching) {
        known.keySet().removeIf(matching);
        settings.changed(name);
    }

    /** Another node changed what this cache holds. */
    void forgetForeignChange() {
        known.clear();
    }

    /**
     * Forgets everything now and once more when the current transaction ends: a reader in between
     * still saw the rows as they were before this transaction's change.
     */
    public void forgetAllWithTransaction() {
        forgetWithTransaction(known::clear);
    }

    /**
     * The same for these keys only, e.g. the unread counts of a notice's recipients: the other users' entries stay.
     * The other nodes of a cluster forget all.
     */
    public void forgetWithTransaction(Collection<K> keys) {
        List<K> forgotten = List.copyOf(keys);
        forgetWithTransaction(() -> known.keySet().removeAll(forgotten));
    }

    private void forgetWithTransaction(Runnable forget) {
        forget.run();
        settings.changed(name);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget.run();
                }
            });
        }
    }
}
