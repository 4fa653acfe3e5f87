package com.programdesk.base.service;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tells the other app nodes of a cluster which {@link SharedCache}s this node changed, and forgets
 * those the others changed: every second (configurable) it bumps the generation of each cache name
 * this node changed, in the table {@code shared_cache_generation}, and reads all generations; a
 * generation that moved without this node is another node's change. A change shows on every node
 * within about two polls; a user's round trip costs no query for it.
 */
@Component
class CacheGenerations {

    private static final Logger log = LoggerFactory.getLogger(CacheGenerations.class);

    private final JdbcClient jdbc;
    private final SharedCaches caches;
    /** The generations read last time; null before the first poll. Only the scheduler's thread polls. */
    private Map<String, Long> seen;
    private boolean unreachable;

    CacheGenerations(JdbcClient jdbc, SharedCaches caches) {
        this.jdbc = jdbc;
        this.caches = caches;
    }

    @Scheduled(initialDelayString = "${programdesk.shared-caches.poll:PT1S}", fixedDelayString = "${programdesk.shared-caches.poll:PT1S}")
    void poll() {
        Set<String> mine = caches.takeChanged();
        Map<String, Long> now;
        try {
            for (String name : mine) {
                jdbc.sql("INSERT INTO shared_cache_generation (name, generation) VALUES (?, 1) ON DUPLICATE KEY UPDATE generation = generation + 1")
                        .param(name).update();
            }
            now = new HashMap<>();
            jdbc.sql("SELECT name, generation FROM shared_cache_generation").query((rs, n) -> now.put(rs.getString(1), rs.getLong(2))).list();
        } catch (DataAccessException e) {
            caches.changedAgain(mine);
            if (!unreachable) {
                log.warn("Shared caches: the generations could not be read or written ({}); trying again every poll", e.toString());
            }
            unreachable = true;
            return;
        }
        unreachable = false;
        if (seen == null) {
            caches.names().forEach(caches::forgetForeignChange);
        } else {
            now.forEach((name, generation) -> {
                long expected = seen.getOrDefault(name, 0L) + (mine.contains(name) ? 1 : 0);
                if (generation != expected) {
                    caches.forgetForeignChange(name);
                }
            });
        }
        seen = now;
    }
}
