package com.programdesk.api.domain;

import com.programdesk.security.domain.Role;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The client behind a request's token. It acts through the same services as people do, as the user
 * {@code api:<name>} with the role its binding gives it: a client of an area as a coordinator of that area
 * (a viewer when small counts are hidden from it), a client of an institution as that institution's staff.
 */
public record ApiCaller(long clientId, String name, Role role, @Nullable Long areaId, @Nullable String areaPath,
                        @Nullable Long institutionId, Set<ApiScope> scopes) {

    public static final String ACTOR_PREFIX = "api:";

    public ApiCaller {
        scopes = Set.copyOf(scopes);
    }

    /** The name recorded as actor in the audit log and on the reports it writes. */
    public String actor() {
        return ACTOR_PREFIX + name;
    }
}
