package com.programdesk.security.domain;

import java.io.Serial;
import java.io.Serializable;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who is logged in, kept in the security context for the session. Small on purpose: it lives in
 * every session, so the institutions of an area are not kept here but looked up per request (see
 * {@code CurrentUser}), which also keeps them current when institutions move.
 *
 * @param reachableInstitutionIds the institutions whose rows this user may reach: the own
 *                                institution (and branches) for institution and association users,
 *                                the institutions of the area for users bound to an area (filled per
 *                                request), empty for unbound users who see everything
 * @param areaId                  the area a coordinator, viewer or administrator is bound to; null
 *                                for the whole installation
 * @param areaPath                that area's path ({@code /1/4/}): its own rows and everything below
 */
public record AuthenticatedUser(long userId, String username, String displayName, Role role,
                                @Nullable Long institutionId, Set<Long> reachableInstitutionIds,
                                @Nullable String preferredLocale, @Nullable Long areaId,
                                @Nullable String areaPath) implements Serializable {
    @Serial
    private static final long serialVersionUID = 2L;

    public AuthenticatedUser {
        reachableInstitutionIds = Set.copyOf(reachableInstitutionIds);
    }

    public AuthenticatedUser(long userId, String username, String displayName, Role role, @Nullable Long institutionId,
                             Set<Long> reachableInstitutionIds, @Nullable String preferredLocale) {
        this(userId, username, displayName, role, institutionId, reachableInstitutionIds, preferredLocale, null, null);
    }

    /** True for unbound bureau, administrator and viewer accounts: every institution's rows. */
    public boolean seesAllInstitutions() {
        return !role.requiresInstitution() && areaPath == null;
    }

    /** True for a coordinator, viewer or administrator bound to an area. */
    public boolean isAreaBound() {
        return !role.requiresInstitution() && areaPath != null;
    }

    public boolean canReach(@Nullable Long institutionId) {
        return seesAllInstitutions() || (institutionId != null && reachableInstitutionIds.contains(institutionId));
    }

    /**
     * True when rows of the area with {@code path} are in this user's scope: everything for unbound
     * users, the area and below for area users; institution users have no area scope (false).
     */
    public boolean coversArea(@Nullable String path) {
        if (seesAllInstitutions()) {
            return true;
        }
        return areaPath != null && path != null && path.startsWith(areaPath);
    }

    /** The same user with the institutions of the area, looked up for this request. */
    public AuthenticatedUser withReach(Set<Long> institutionIds) {
        return new AuthenticatedUser(userId, username, displayName, role, institutionId, institutionIds, preferredLocale, areaId, areaPath);
    }
}
