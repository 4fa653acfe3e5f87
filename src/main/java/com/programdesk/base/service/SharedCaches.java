package com.programdesk.base.service;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Makes the {@link SharedCache}s, all with one freshness ({@code programdesk.shared-caches.fresh-for},
 * 30 s): how long a change committed on another node of a cluster may take to show on this one.
 * Zero keeps nothing (the tests, which also write straight into the database). Knows its caches by
 * name and which of them this node changed, for {@link CacheGenerations} to tell the other nodes.
 */
@Component
public class SharedCaches {

    private final Clock clock;
    private volatile Duration freshFor;
    private volatile int generation;
    private final Map<String, List<SharedCache<?, ?>>> byName = new ConcurrentHashMap<>();
    private final Set<String> changed = ConcurrentHashMap.newKeySet();

    SharedCaches(@Value("${programdesk.shared-caches.fresh-for:30s}") Duration freshFor, Clock clock) {
        this.freshFor = freshFor;
        this.clock = clock;
    }

    public static SharedCaches of(Duration freshFor, Clock clock) {
        return new SharedCaches(freshFor, clock);
    }

    /** A cache; its {@code name} (at most 64 characters) is the same on every node and tells them apart in the generations table. */
    public <K, V> SharedCache<K, V> create(String name, int maxEntries) {
        SharedCache<K, V> cache = new SharedCache<>(name, this, clock, maxEntries);
        byName.computeIfAbsent(name, n -> new CopyOnWriteArrayList<>()).add(cache);
        return cache;
    }

    /**
     * This node changed what the caches named {@code name} hold: once the current transaction has
     * ended (the other nodes must not read the rows before they are committed), or now without one.
     */
    void changed(String name) {
        if (TransactionSynchronizationManager.isSynchronizationActive() && TransactionSynchronizationManager.isActualTransactionActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    changed.add(name);
                }
            });
        } else {
            changed.add(name);
        }
    }

    /** The names this node changed since the last call. */
    Set<String> takeChanged() {
        Set<String> taken = Set.copyOf(changed);
        changed.removeAll(taken);
        return taken;
    }

    /** Gives back names whose change could not be told (the database was not reachable), to tell them next time. */
    void changedAgain(Set<String> names) {
        changed.addAll(names);
    }

    Set<String> names() {
        return Set.copyOf(byName.keySet());
    }

    /** Another node changed what the caches named {@code name} hold: this node forgets its values. */
    void forgetForeignChange(String name) {
        byName.getOrDefault(name, List.of()).forEach(SharedCache::forgetForeignChange);
    }

    /**
     * Changes the freshness while the application runs; every cache starts afresh. For tests that
     * count the queries of a production-like round trip (QueriesPerViewTest).
     */
    public void keepFor(Duration freshFor) {
        this.freshFor = freshFor;
        generation++;
    }

    Duration freshFor() {
        return freshFor;
    }

    int generation() {
        return generation;
    }
}
