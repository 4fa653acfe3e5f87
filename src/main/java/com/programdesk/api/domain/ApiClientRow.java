package com.programdesk.api.domain;

import java.time.LocalDateTime;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An API client as the administrators' list shows it: what it is bound to (an area or an
 * institution, by name), its scopes, expiry and state. The token itself is never kept; {@code
 * tokenHint} is its first characters, to tell tokens apart.
 */
public record ApiClientRow(long id, String name, @Nullable Long areaId, @Nullable Long institutionId, String boundTo,
                           Set<ApiScope> scopes, boolean smallCountsHidden, String tokenHint, LocalDateTime expiresAt,
                           String createdBy, LocalDateTime createdAt, @Nullable String revokedBy,
                           @Nullable LocalDateTime revokedAt, @Nullable LocalDateTime lastUsedAt) {

    public ApiClientRow {
        scopes = Set.copyOf(scopes);
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    public boolean expired(LocalDateTime now) {
        return !expiresAt.isAfter(now);
    }
}
