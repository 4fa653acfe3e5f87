package com.programdesk.api.web;

import com.programdesk.api.domain.ApiCaller;
import com.programdesk.api.domain.ApiScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the token belongs to; and a problem detail for any path under /api/v1 that names no endpoint. */
@RestController
@Tag(name = "client", description = "The calling API client")
@SecurityRequirement(name = OpenApiConfiguration.BEARER)
class ApiInfoController {

    private final ApiProblems problems;

    ApiInfoController(ApiProblems problems) {
        this.problems = problems;
    }

    @GetMapping(ApiEndpoints.BASE + "/me")
    @Operation(summary = "The client this token belongs to: name, binding, role it acts as, scopes")
    Me me() {
        ApiCaller caller = caller();
        return new Me(caller.name(), caller.areaId(), caller.institutionId(), caller.role().name(),
                caller.scopes().stream().map(ApiScope::code).sorted().toList(), LocalDateTime.now());
    }

    /** {@code /api/docs}, as the README names the page, leads to swagger-ui's own path. */
    @GetMapping({ApiEndpoints.DOCS, ApiEndpoints.DOCS + "/"})
    @Hidden
    ResponseEntity<Void> docs(HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.FOUND)
                .location(java.net.URI.create(request.getContextPath() + ApiEndpoints.DOCS + "/index.html")).build();
    }

    @RequestMapping(ApiEndpoints.BASE + "/**")
    @Hidden
    ResponseEntity<ProblemDetail> notFound(HttpServletRequest request) {
        // an endpoint's path whose mapping refused the request: another method, or a body it does not consume
        String path = request.getRequestURI().substring(request.getContextPath().length());
        List<ApiEndpoints.Rule> atPath = ApiEndpoints.RULES.stream().filter(rule -> rule.pattern().equals(path)).toList();
        ProblemDetail problem;
        if (atPath.stream().anyMatch(rule -> rule.method().matches(request.getMethod()))) {
            problem = problems.problem(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "CONTENT_TYPE", "Content-Type", "api.error.contentType",
                    String.valueOf(request.getContentType()), "application/json, text/csv");
        } else if (!atPath.isEmpty()) {
            problem = problems.problem(request, HttpStatus.METHOD_NOT_ALLOWED, "METHOD", null, "api.error.method", request.getMethod());
        } else {
            problem = problems.problem(request, HttpStatus.NOT_FOUND, "NOT_FOUND", null, "api.error.notFound", request.getRequestURI());
        }
        return ResponseEntity.status(problem.getStatus()).contentType(ApiProblems.PROBLEM_JSON).body(problem);
    }

    static ApiCaller caller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof ApiAuthentication api) {
            return api.caller();
        }
        throw new org.springframework.security.access.AccessDeniedException("not an API client");
    }

    record Me(String name, @Nullable Long areaId, @Nullable Long institutionId, String actsAs, List<String> scopes, LocalDateTime serverTime) {
    }
}
