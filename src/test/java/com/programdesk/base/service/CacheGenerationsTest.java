package com.programdesk.base.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.testsupport.ProgramDeskTest;
import com.programdesk.testsupport.TestData;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two app nodes share a value; when one of them changes the data, the other forgets its copy at its
 * next poll (every second), not after the 30 s freshness.
 */
@ProgramDeskTest
class CacheGenerationsTest {

    @Autowired
    JdbcClient jdbc;

    private final AtomicInteger computed = new AtomicInteger();

    private final class Node {
        final SharedCaches caches = SharedCaches.of(Duration.ofMinutes(5), Clock.systemUTC());
        final CacheGenerations generations = new CacheGenerations(jdbc, caches);
        final SharedCache<String, Integer> cache;

        Node(String name) {
            cache = caches.create(name, 10);
            generations.poll();
        }

        int read() {
            return cache.get("k", computed::incrementAndGet);
        }
    }

    @Test
    void aChangeOnOneNodeIsForgottenOnTheOtherAfterBothPolled() {
        String name = TestData.unique("cache");
        Node one = new Node(name);
        Node two = new Node(name);
        assertThat(two.read()).isEqualTo(1);
        assertThat(one.read()).isEqualTo(2);

        one.cache.forgetAll();
        two.generations.poll();
        assertThat(two.read()).as("node one has not told yet").isEqualTo(1);

        one.generations.poll();
        two.generations.poll();
        assertThat(two.read()).isEqualTo(3);
    }

    @Test
    void aNodeKeepsWhatItReadAfterItsOwnChangeAndOtherCachesStay() {
        String name = TestData.unique("cache");
        String other = TestData.unique("cache");
        Node one = new Node(name);
        Node two = new Node(name);
        SharedCache<String, Integer> untouched = two.caches.create(other, 10);
        assertThat(untouched.get("k", computed::incrementAndGet)).isEqualTo(1);

        one.cache.forgetAll();
        assertThat(one.read()).isEqualTo(2);
        one.generations.poll();
        two.generations.poll();

        assertThat(one.read()).as("its own change, read afresh already").isEqualTo(2);
        assertThat(untouched.get("k", computed::incrementAndGet)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT generation FROM shared_cache_generation WHERE name = ?").param(name).query(Long.class).single()).isEqualTo(1);
    }
}
