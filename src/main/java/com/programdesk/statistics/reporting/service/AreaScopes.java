package com.programdesk.statistics.reporting.service;

import com.programdesk.area.domain.AreaSummary;
import com.programdesk.area.service.AreaService;
import com.programdesk.security.domain.AuthenticatedUser;
import com.programdesk.security.service.CurrentUser;
import com.programdesk.security.service.InstitutionsInArea;
import com.programdesk.statistics.reporting.domain.ReadScope;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one rule for which area a statistics read may cover (a service check, whatever the picker offers): an area
 * must lie within the user's own area; no area means the user's own area, or the whole installation for users bound
 * to none; institution and association staff read no area figures, only their own institutions.
 */
@Component
public class AreaScopes {

    private final CurrentUser currentUser;
    private final AreaService areas;
    private final InstitutionsInArea institutionsInArea;

    AreaScopes(CurrentUser currentUser, AreaService areas, InstitutionsInArea institutionsInArea) {
        this.currentUser = currentUser;
        this.areas = areas;
        this.institutionsInArea = institutionsInArea;
    }

    /** The scope of a read of {@code areaId} (null: the user's default); refused for an area outside the user's. */
    public ReadScope resolve(Long areaId) {
        AuthenticatedUser user = currentUser.require();
        if (user.role().requiresInstitution()) {
            if (areaId != null) {
                throw new AccessDeniedException("Institution users read no area figures");
            }
            return ReadScope.REACH;
        }
        Long wanted = areaId != null ? areaId : user.areaId();
        if (wanted == null) {
            return ReadScope.INSTALLATION;
        }
        AreaSummary area = areas.summary(wanted).orElseThrow(() -> new AccessDeniedException("No area " + wanted));
        currentUser.requireArea(area.path());
        return ReadScope.area(area.id(), area.path(), area.nameZh(), area.nameEn());
    }

    /** True when the user may read the area (it lies within the user's own area). */
    public boolean covers(AreaSummary area) {
        AuthenticatedUser user = currentUser.require();
        return !user.role().requiresInstitution() && user.coversArea(area.path());
    }

    /** The institutions a scope covers: null for the whole installation (no limit), else their ids (never empty). */
    public List<Long> institutions(ReadScope scope) {
        return switch (scope.kind()) {
            case INSTALLATION -> null;
            case AREA -> orNone(institutionsInArea.under(scope.path()));
            case REACH -> currentUser.reachForQuery();
        };
    }

    /**
     * What a query over institutions is limited to: the chosen ones (each within the user's reach), else those of the
     * scope; null for no limit.
     */
    public List<Long> restriction(ReadScope scope, List<Long> chosen) {
        if (chosen != null && !chosen.isEmpty()) {
            return currentUser.restriction(chosen);
        }
        return institutions(scope);
    }

    private static List<Long> orNone(Collection<Long> ids) {
        return ids.isEmpty() ? List.of(-1L) : new ArrayList<>(ids);
    }
}
