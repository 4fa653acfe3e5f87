package com.programdesk.api.web;

import com.programdesk.api.domain.ApiScope;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Every endpoint of the API and the scope it needs, in one table: the security chain requires the scope,
 * and a 403 names it. The OpenAPI document and its page are public; anything else under /api needs a token.
 */
final class ApiEndpoints {

    static final String BASE = "/api/v1";
    static final String OPENAPI = BASE + "/openapi.json";
    static final String DOCS = "/api/docs";
    static final String[] PUBLIC = {OPENAPI, OPENAPI + "/**", DOCS, DOCS + "/**"};

    record Rule(HttpMethod method, String pattern, @Nullable ApiScope scope) {
        RequestMatcher matcher() {
            return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
        }
    }

    static final List<Rule> RULES = List.of(
            new Rule(HttpMethod.POST, BASE + "/dataValueSets", ApiScope.REPORTS_WRITE),
            new Rule(HttpMethod.GET, BASE + "/reports/completeness", ApiScope.REPORTS_READ),
            new Rule(HttpMethod.GET, BASE + "/indicators/values", ApiScope.STATISTICS_READ),
            new Rule(HttpMethod.GET, BASE + "/tasks", ApiScope.TASKS_READ),
            new Rule(HttpMethod.GET, BASE + "/activities", ApiScope.CALENDAR_READ),
            new Rule(HttpMethod.GET, BASE + "/activities.ics", ApiScope.CALENDAR_READ),
            new Rule(HttpMethod.GET, BASE + "/me", null));

    private ApiEndpoints() {
    }

    /** The scope the request's endpoint needs, if it names one. */
    static Optional<ApiScope> scopeOf(HttpServletRequest request) {
        return RULES.stream().filter(rule -> rule.matcher().matches(request)).findFirst().map(Rule::scope);
    }

    static boolean isPublic(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(OPENAPI) || path.startsWith(OPENAPI + "/") || path.equals(DOCS) || path.startsWith(DOCS + "/");
    }
}
