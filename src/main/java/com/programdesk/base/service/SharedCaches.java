package com.programdesk.base.service;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Makes the {@link SharedCache}s, all with one freshness ({@code programdesk.shared-caches.fresh-for},
 * 30 s): how long a change committed on another node of a cluster may take to show on this one.
 * Zero keeps nothing (the tests, which also write straight into the database).
 */
@Component
public class SharedCaches {

    private final Clock clock;
    private volatile Duration freshFor;
    private volatile int generation;

    SharedCaches(@Value("${programdesk.shared-caches.fresh-for:30s}") Duration freshFor, Clock clock) {
        this.freshFor = freshFor;
        this.clock = clock;
    }

    public static SharedCaches of(Duration freshFor, Clock clock) {
        return new SharedCaches(freshFor, clock);
    }

    public <K, V> SharedCache<K, V> create(int maxEntries) {
        return new SharedCache<>(this, clock, maxEntries);
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
