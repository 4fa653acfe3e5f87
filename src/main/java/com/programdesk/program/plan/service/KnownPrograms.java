package com.programdesk.program.plan.service;

import com.programdesk.base.service.SharedCache;
import com.programdesk.base.service.SharedCaches;
import com.programdesk.program.plan.domain.Program;
import com.programdesk.program.plan.domain.ProgramRepository;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Programs read by id, and the running ones of each area, kept once for all users of a node: a program changes a few
 * times a year, while every calendar, home page, activity shown and target figure reads one. Callers get copies, so a
 * form that edits a program edits its own. Forgotten when this node saves a program (and again when its transaction
 * ends); the other nodes of a cluster forget theirs within seconds. Checks whether the reader may see a program are the
 * callers' (see {@link ProgramScope}).
 */
@Component
public class KnownPrograms {

    static final int MAX_PROGRAMS = 5_000;
    /** One list per area pattern that reads them (a province has a few hundred areas). */
    static final int MAX_AREAS = 2_000;

    private final ProgramRepository programs;
    private final SharedCache<Long, Optional<Program>> byId;
    private final SharedCache<String, List<Program>> running;

    KnownPrograms(ProgramRepository programs, SharedCaches caches) {
        this.programs = programs;
        this.byId = caches.create("programs", MAX_PROGRAMS);
        this.running = caches.create("running-programs", MAX_AREAS);
    }

    /** The program with this id, whoever may see it. */
    public Optional<Program> byId(long id) {
        return byId.get(id, () -> programs.findById(id)).map(Program::copy);
    }

    /** The running programs as {@code read} finds them for readers of the area pattern ({@code ""}: every area). */
    List<Program> running(String areaPattern, Supplier<List<Program>> read) {
        return running.get(areaPattern, () -> List.copyOf(read.get())).stream().map(Program::copy).toList();
    }

    /** The program was saved: its row, and which programs run, may have changed. */
    void changed(long id) {
        byId.forgetWithTransaction(List.of(id));
        running.forgetAllWithTransaction();
    }
}
