package com.programdesk.program.targets.service;

import com.programdesk.base.service.SharedCache;
import com.programdesk.base.service.SharedCaches;
import com.programdesk.program.plan.domain.TargetActualsChanged;
import com.programdesk.program.targets.domain.Target;
import com.programdesk.program.targets.domain.TargetMeasure;
import com.programdesk.program.targets.domain.TargetProgress;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The progress of each target, computed once a day and shared by every user who may see its program: the home view
 * and the dashboard show it on every visit, and computing it reads the activities, member events or report figures
 * the target measures (up to 20 queries for a reported rate). Readers from whom small counts are withheld share
 * their own entries.
 *
 * <p>Forgotten when this node commits a change that targets measure, and only for the targets that change can
 * move: those of its program when it belongs to one (an activity), those measured by the rows that changed (an
 * activity done leaves a program's reported rates as they were, a member event the activity counts). Daily work
 * writes several such rows a second.
 */
@Component
class TargetProgressCache {

    /** A province has a few hundred running programs with a handful of targets each; more entries than this are old days. */
    static final int MAX_ENTRIES = 10_000;
    static final int MAX_PROGRAMS = 2_000;

    private record Key(long programId, long targetId, TargetMeasure measure, LocalDate day, boolean withholding) {
    }

    private final SharedCache<Long, List<Target>> targetsOfProgram;
    private final SharedCache<Key, TargetProgress> known;

    TargetProgressCache(SharedCaches caches) {
        this.targetsOfProgram = caches.create("program-targets", MAX_PROGRAMS);
        this.known = caches.create("target-progress", MAX_ENTRIES);
    }

    /** The progress of the program's targets in their order; only those not known are computed. */
    List<TargetProgress> progress(long programId, LocalDate day, boolean withholding, Supplier<List<Target>> targets,
                                  Function<Target, TargetProgress> compute) {
        Map<Key, Target> byKey = new LinkedHashMap<>();
        for (Target target : targetsOfProgram.get(programId, () -> List.copyOf(targets.get()))) {
            byKey.put(new Key(programId, target.getId(), target.getMeasure(), day, withholding), target);
        }
        Map<Key, TargetProgress> progress = known.getAll(byKey.keySet(), missing -> missing.stream()
                .collect(Collectors.toMap(Function.identity(), key -> compute.apply(byKey.get(key)))));
        return byKey.keySet().stream().map(progress::get).toList();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(TargetActualsChanged changed) {
        if (changed.data() == null) {
            targetsOfProgram.forgetIf(changed::touchesProgram);
        }
        known.forgetIf(key -> changed.touches(key.programId(), key.measure()::reads));
    }
}
