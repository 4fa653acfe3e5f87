package com.programdesk.security.domain;

import java.io.Serial;
import java.io.Serializable;
import java.util.Set;

/**
 * Who is logged in, kept in the security context for the session. Small on purpose:
 * it lives in every session.
 *
 * @param reachableInstitutionIds the institutions whose rows this user may reach; empty for
 *                                roles that are not bound to an institution
 */
public record AuthenticatedUser(long userId, String username, String displayName, Role role,
                                Long institutionId, Set<Long> reachableInstitutionIds,
                                String preferredLocale) implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    public AuthenticatedUser {
        reachableInstitutionIds = Set.copyOf(reachableInstitutionIds);
    }

    /** True for roles that see every institution's rows (bureau, administrators, viewers). */
    public boolean seesAllInstitutions() {
        return !role.requiresInstitution();
    }

    public boolean canReach(Long institutionId) {
        return seesAllInstitutions() || (institutionId != null && reachableInstitutionIds.contains(institutionId));
    }
}
