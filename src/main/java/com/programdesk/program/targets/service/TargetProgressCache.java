package com.programdesk.program.targets.service;

import com.programdesk.base.service.SharedCache;
import com.programdesk.base.service.SharedCaches;
import com.programdesk.program.plan.domain.TargetActualsChanged;
import com.programdesk.program.targets.domain.TargetProgress;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The progress of a program's targets, computed once a day per program and shared by every user
 * who may see the program: the home view and the dashboard show it on every visit, and computing
 * it reads the activities, member events and report figures of every target (about 20 queries per
 * target). Readers from whom small counts are withheld share their own entries. Forgotten when this node commits a
 * change that targets measure: only the program's entries when the change belongs to one program (an activity, a
 * target), every entry otherwise.
 */
@Component
class TargetProgressCache {

    /** A province has a few hundred running programs; more entries than this are old days. */
    static final int MAX_ENTRIES = 2_000;

    private record Key(long programId, LocalDate day, boolean withholding) {
    }

    private final SharedCache<Key, List<TargetProgress>> known;

    TargetProgressCache(SharedCaches caches) {
        this.known = caches.create("target-progress", MAX_ENTRIES);
    }

    List<TargetProgress> progress(long programId, LocalDate day, boolean withholding, Supplier<List<TargetProgress>> compute) {
        return known.get(new Key(programId, day, withholding), () -> List.copyOf(compute.get()));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(TargetActualsChanged changed) {
        if (changed.programId() == null) {
            known.forgetAll();
        } else {
            known.forgetIf(key -> key.programId() == changed.programId());
        }
    }
}
