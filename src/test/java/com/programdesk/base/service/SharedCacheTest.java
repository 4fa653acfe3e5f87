package com.programdesk.base.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Reference data read by every user is read from the database once, and again after a change. */
class SharedCacheTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-03T03:00:00Z"), ZoneOffset.UTC);
    private final SharedCache<Long, String> names = SharedCaches.of(Duration.ofSeconds(30), clock).create("test-names", 100);
    private final List<List<Long>> queries = new ArrayList<>();

    private final Function<List<Long>, Map<Long, String>> database = ids -> {
        queries.add(ids);
        return ids.stream().filter(id -> id != 404).collect(Collectors.toMap(id -> id, id -> "area " + id));
    };

    @Test
    void aPageOfRowsAsksOnlyForTheRowsNotYetKnownInOneQuery() {
        assertThat(names.getAll(List.of(1L, 2L), database)).containsOnlyKeys(1L, 2L);
        assertThat(names.getAll(List.of(1L, 2L, 3L, 4L), database)).containsEntry(3L, "area 3").containsOnlyKeys(1L, 2L, 3L, 4L);
        assertThat(names.getAll(List.of(4L, 1L), database)).containsOnlyKeys(4L, 1L);

        assertThat(queries).containsExactly(List.of(1L, 2L), List.of(3L, 4L));
    }

    @Test
    void aRowThatDoesNotExistIsAskedForAgain() {
        assertThat(names.getAll(List.of(404L), database)).isEmpty();
        assertThat(names.getAll(List.of(404L), database)).isEmpty();
        assertThat(queries).hasSize(2);
    }

    @Test
    void aChangeIsForgottenAtOnceAndAgainWhenItsTransactionEnds() {
        names.getAll(List.of(1L), database);
        TransactionSynchronizationManager.initSynchronization();
        try {
            names.forgetAllWithTransaction();
            names.getAll(List.of(1L), database); // a reader in between still sees the old row
            names.getAll(List.of(1L), database);
            assertThat(queries).hasSize(2);
            TransactionSynchronizationManager.getSynchronizations().forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
        names.getAll(List.of(1L), database);
        assertThat(queries).hasSize(3);
    }

    @Test
    void forgettingSomeKeysKeepsTheOthersAndForgetsThemAgainWhenTheTransactionEnds() {
        names.getAll(List.of(1L, 2L), database);
        TransactionSynchronizationManager.initSynchronization();
        try {
            names.forgetWithTransaction(List.of(1L));
            names.getAll(List.of(1L, 2L), database);
            TransactionSynchronizationManager.getSynchronizations().forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
        names.getAll(List.of(1L, 2L), database);
        assertThat(queries).containsExactly(List.of(1L, 2L), List.of(1L), List.of(1L));
    }

    @Test
    void anEntryReadAgainWhenItIsNoLongerFreshKeepsTheOthersAtTheBound() {
        Instant[] now = {Instant.parse("2026-12-03T03:00:00Z")};
        Clock ticking = new Clock() {
            @Override
            public Instant instant() {
                return now[0];
            }

            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }
        };
        SharedCache<String, Integer> parts = SharedCaches.of(Duration.ofSeconds(30), ticking).create("test-parts", 2);
        int[] reads = {0};
        parts.get("elements", () -> ++reads[0]);
        now[0] = now[0].plusSeconds(20);
        parts.get("forms", () -> ++reads[0]);
        now[0] = now[0].plusSeconds(15); // the elements are 35 s old, the forms 15 s

        parts.get("elements", () -> ++reads[0]);
        parts.get("forms", () -> ++reads[0]);

        assertThat(reads[0]).as("the forms were still fresh").isEqualTo(3);
    }
}
