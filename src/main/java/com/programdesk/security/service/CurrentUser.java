package com.programdesk.security.service;

import com.programdesk.security.domain.AuthenticatedUser;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The logged-in user, for services that apply the row-level rule. */
@Component
public class CurrentUser {

    private final InstitutionsInArea institutionsInArea;

    CurrentUser(InstitutionsInArea institutionsInArea) {
        this.institutionsInArea = institutionsInArea;
    }

    public Optional<AuthenticatedUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AuthenticatedUserDetails details) {
            AuthenticatedUser user = details.user();
            return Optional.of(user.isAreaBound() ? user.withReach(institutionsInArea.under(java.util.Objects.requireNonNull(user.areaPath()))) : user);
        }
        return Optional.empty();
    }

    public AuthenticatedUser require() {
        return find().orElseThrow(() -> new AccessDeniedException("Not logged in"));
    }

    /** The rule for rows that belong to an area (programs, supervision rounds): the area must lie in the user's. */
    public void requireArea(@Nullable String areaPath) {
        if (!require().coversArea(areaPath)) {
            throw new AccessDeniedException("Area " + areaPath + " is outside this user's scope");
        }
    }

    /**
     * For queries scoped by area: the LIKE pattern of the user's area and everything below it
     * ({@code /1/4/%}), or null for users not bound to an area (unbound users see every area;
     * institution and association users keep their own rules).
     */
    public @Nullable String areaPattern() {
        return AreaScope.pattern(require().isAreaBound() ? require().areaPath() : null);
    }

    /** The name recorded as actor in the audit log; "system" for start-up jobs. */
    public String actorName() {
        return find().map(AuthenticatedUser::username).orElse("system");
    }

    /**
     * The institutions the user reaches, for an SQL {@code IN (...)}: never empty, since an empty
     * list is not valid SQL (an id no row has stands in for "none").
     */
    public List<Long> reachForQuery() {
        List<Long> reach = List.copyOf(require().reachableInstitutionIds());
        return reach.isEmpty() ? List.of(-1L) : reach;
    }

    /**
     * What a query over institutions is limited to: the chosen ones (each must be within reach), else
     * all the user reaches; null (no limit) for a user who sees every institution and chose none.
     */
    public @Nullable List<Long> restriction(@Nullable List<Long> chosen) {
        if (chosen != null && !chosen.isEmpty()) {
            List<Long> distinct = chosen.stream().distinct().toList();
            distinct.forEach(this::requireReach);
            return distinct;
        }
        return require().seesAllInstitutions() ? null : reachForQuery();
    }

    /**
     * The row-level rule: institution and association users reach only their own institution's rows,
     * users bound to an area only the institutions in it and below.
     */
    public void requireReach(Long institutionId) {
        if (!require().canReach(institutionId)) {
            throw new AccessDeniedException("Institution " + institutionId + " is outside this user's reach");
        }
    }
}
