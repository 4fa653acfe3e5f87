package com.programdesk.program.plan.service;

import com.programdesk.expertise.service.ExpertiseService;
import com.programdesk.program.plan.domain.Program;
import com.programdesk.security.domain.AuthenticatedUser;
import com.programdesk.area.service.AreaService;
import com.programdesk.security.service.CurrentUser;
import com.programdesk.security.service.InstitutionsInArea;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which programs a user sees, and which institutions a program's figures read.
 *
 * <p>A coordinator, viewer or administrator bound to an area sees the programs whose area lies in
 * it or below; unbound users see every program; institution and association staff read every
 * program, as before areas (their rows are guarded where they are kept). A viewer named expert of a
 * program (专家组) sees it whatever its area.
 *
 * <p>A program's targets count the work of its participating institutions: the list it names, or
 * without a list every institution of its area; a program without an area (installations from
 * before areas) counts everyone's, as it did then.
 */
@Component
public class ProgramScope {

    private final CurrentUser currentUser;
    private final JdbcClient jdbc;
    private final AreaService areas;
    private final InstitutionsInArea institutionsInArea;

    private final ExpertiseService expertise;

    ProgramScope(CurrentUser currentUser, JdbcClient jdbc, AreaService areas, InstitutionsInArea institutionsInArea, ExpertiseService expertise) {
        this.expertise = expertise;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.areas = areas;
        this.institutionsInArea = institutionsInArea;
    }

    /** True when the logged-in user sees the program. */
    public boolean isVisible(Program program) {
        AuthenticatedUser user = currentUser.require();
        return !user.isAreaBound() || user.coversArea(areaPath(program.getAreaId())) || expertise.isExpertOf(program.getId());
    }

    /** The path of an area ({@code /1/4/}), null for none. */
    @Nullable String areaPath(@Nullable Long areaId) {
        return areas.pathOf(areaId).orElse(null);
    }

    /**
     * The institutions whose activities (and events, and reports) count for the program's targets;
     * empty when the program reads everyone's (no participants and no area). Never an empty list:
     * a program whose area holds no institution reads none ({@code -1} stands in for "none").
     */
    public Optional<List<Long>> participatingInstitutions(long programId) {
        List<Long> named = jdbc.sql("SELECT institution_id FROM program_institution WHERE program_id = :program")
                .param("program", programId).query(Long.class).list();
        if (!named.isEmpty()) {
            return Optional.of(named);
        }
        String path = jdbc.sql("SELECT a.path FROM program p JOIN area a ON a.id = p.area_id WHERE p.id = :program")
                .param("program", programId).query(String.class).optional().orElse(null);
        if (path == null) {
            return Optional.empty();
        }
        List<Long> inArea = List.copyOf(institutionsInArea.under(path));
        return Optional.of(inArea.isEmpty() ? List.of(-1L) : inArea);
    }
}
