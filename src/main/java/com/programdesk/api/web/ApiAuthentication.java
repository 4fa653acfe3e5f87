package com.programdesk.api.web;

import com.programdesk.api.domain.ApiCaller;
import com.programdesk.api.domain.ApiScope;
import com.programdesk.security.domain.AuthenticatedUser;
import com.programdesk.security.service.AuthenticatedUserDetails;
import java.io.Serial;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * An API request's authentication: the principal is an {@link AuthenticatedUserDetails} like a person's,
 * so the services' {@code @PreAuthorize} and row-level rule ({@code CurrentUser}) treat the client as a
 * coordinator (or viewer) of its area, or as staff of its institution; its authorities are that role and
 * one {@code SCOPE_…} per scope.
 */
final class ApiAuthentication extends AbstractAuthenticationToken {
    @Serial
    private static final long serialVersionUID = 1L;

    private final AuthenticatedUserDetails principal;
    private final ApiCaller caller;

    ApiAuthentication(ApiCaller caller, Set<Long> reach) {
        super(authorities(caller));
        this.caller = caller;
        AuthenticatedUser user = new AuthenticatedUser(-caller.clientId(), caller.actor(), caller.actor(), caller.role(),
                caller.institutionId(), reach, null, caller.areaId(), caller.areaPath());
        this.principal = new AuthenticatedUserDetails(user, null, true);
        setAuthenticated(true);
    }

    private static List<GrantedAuthority> authorities(ApiCaller caller) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(caller.role().authority()));
        caller.scopes().stream().map(ApiScope::authority).map(SimpleGrantedAuthority::new).forEach(authorities::add);
        return authorities;
    }

    ApiCaller caller() {
        return caller;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public AuthenticatedUserDetails getPrincipal() {
        return principal;
    }
}
