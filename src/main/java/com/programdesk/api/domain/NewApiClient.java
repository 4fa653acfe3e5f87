package com.programdesk.api.domain;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an administrator fills in to create an API client: a name, either an area or an institution,
 * the scopes, the last day the token works, and whether an area's client must not see counts under
 * the dashboard's threshold (it then reads as a viewer would, and cannot push).
 */
public record NewApiClient(@Nullable String name, @Nullable Long areaId, @Nullable Long institutionId, Set<ApiScope> scopes,
                           @Nullable LocalDate expiresOn, boolean smallCountsHidden) {

    public NewApiClient {
        scopes = Set.copyOf(scopes);
    }
}
