package com.programdesk.api.web;

import com.programdesk.api.domain.ApiCaller;
import com.programdesk.api.service.ApiClientService;
import com.programdesk.api.service.ApiRateLimiter;
import com.programdesk.base.jdbc.DatabaseUnavailable;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates an API request by its bearer token ({@code Authorization: Bearer pd_…}): a missing,
 * malformed, unknown, expired or revoked token is answered 401 with the reason; a client over its rate
 * 429 with {@code Retry-After}; with the database away, 503 with {@code Retry-After}. Every authenticated
 * call is audited under the client's name with its answer's status. Not a bean, so that it runs in the API's
 * security chain only.
 */
final class ApiTokenFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(ApiTokenFilter.class);
    private static final String BEARER = "Bearer ";

    private final ApiClientService clients;
    private final ApiRateLimiter limiter;
    private final ApiProblems problems;

    ApiTokenFilter(ApiClientService clients, ApiRateLimiter limiter, ApiProblems problems) {
        this.clients = clients;
        this.limiter = limiter;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return ApiEndpoints.isPublic(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        String token = header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? header.substring(BEARER.length()).strip() : null;
        ApiClientService.Authentication answer;
        try {
            answer = clients.authenticate(token);
        } catch (RuntimeException failure) {
            if (!DatabaseUnavailable.isCause(failure)) {
                throw failure;
            }
            problems.write(response, problems.databaseUnavailable(request, response));
            return;
        }
        if (answer.caller() == null) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"programdesk\", error=\"invalid_token\"");
            problems.write(response, problems.problem(request, HttpStatus.UNAUTHORIZED, "TOKEN_" + answer.rejection().name(), null,
                    answer.rejection().messageKey()));
            return;
        }
        ApiCaller caller = answer.caller();
        String call = request.getMethod() + " " + request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        long wait = limiter.tryCall(caller.clientId());
        if (wait > 0) {
            response.setHeader("Retry-After", String.valueOf(wait));
            ProblemDetail problem = problems.problem(request, HttpStatus.TOO_MANY_REQUESTS, "RATE_LIMITED", null, "api.error.rateLimited",
                    limiter.perMinute(), wait);
            problem.setProperty("retryAfterSeconds", wait);
            problems.write(response, problem);
            clients.recordCall(caller, call, HttpStatus.TOO_MANY_REQUESTS.value());
            return;
        }
        // looked up per request: Vaadin installs its own strategy after this filter is made
        SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(new ApiAuthentication(caller, clients.reachOf(caller)));
        contexts.setContext(context);
        int status = HttpStatus.INTERNAL_SERVER_ERROR.value();
        try {
            chain.doFilter(request, response);
            status = response.getStatus();
        } finally {
            contexts.clearContext();
            record(caller, call, status);
        }
    }

    /** A call the database could not take is answered (503) but cannot be audited: the log keeps it instead. */
    private void record(ApiCaller caller, String call, int status) {
        try {
            clients.recordCall(caller, call, status);
        } catch (RuntimeException failure) {
            if (!DatabaseUnavailable.isCause(failure)) {
                throw failure;
            }
            LOG.warn("API call of client {} not audited, the database is unavailable: {} → {}", caller.clientId(), call, status);
        }
    }
}
