package com.programdesk.base.service;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Makes the {@link SharedCache}s, all with one freshness ({@code programdesk.shared-caches.fresh-for},
 * 30 s): how long a change committed on another node of a cluster may take to show on this one.
 * Zero keeps nothing (tests that write straight into the database).
 */
@Component
public class SharedCaches {

    private final Duration freshFor;
    private final Clock clock;

    SharedCaches(@Value("${programdesk.shared-caches.fresh-for:30s}") Duration freshFor, Clock clock) {
        this.freshFor = freshFor;
        this.clock = clock;
    }

    public <K, V> SharedCache<K, V> create(int maxEntries) {
        return new SharedCache<>(freshFor, clock, maxEntries);
    }

    public static SharedCaches of(Duration freshFor, Clock clock) {
        return new SharedCaches(freshFor, clock);
    }
}
